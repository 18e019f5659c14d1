from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

from translation.aliases import redirect_untranslated_alias
from translation.panels import TranslationStatusPanel
from translation.permissions import target_locales
from translation.snippets import refuse_other_locale
from translation.views import bulk, report, submit, update
from translation.views.guard import GUARDED_VIEWS, own_locale_required


@hooks.register("register_admin_urls", order=-10)
def register_localize_overrides():
    """Our versions of wagtail-localize's views, on the same paths and resolved first."""
    urls = [
        path("submit/page/<int:page_id>/", submit.LocaleLimitedPageTranslationView.as_view()),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit.LocaleLimitedSnippetTranslationView.as_view(),
        ),
        path(
            "update/<int:translation_source_id>/",
            update.LocaleLimitedUpdateTranslationsView.as_view(),
        ),
        *(path(route, own_locale_required(view)) for route, view in GUARDED_VIEWS),
    ]
    return [path("localize/", include(urls))]


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/translation-status/",
            report.TranslationStatusReportView.as_view(),
            name="translation_status_report",
        ),
        path(
            "pages/<int:page_id>/machine-translate/",
            bulk.BulkMachineTranslateView.as_view(),
            name="translation_bulk_machine_translate",
        ),
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(target_locales(request.user))


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return TranslatorMenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        icon_name="wagtail-localize-language",
        order=750,
    )


@hooks.register("construct_reports_menu")
def translate_localize_report_label(request, menu_items):
    """wagtail-localize 1.14 labels its report with a `gettext` evaluated once, when the
    menu is first built, so every admin showed it in that first visitor's language (often
    "Translations" in a German admin). The label is made lazy again."""
    for item in menu_items:
        if isinstance(item, TranslationsReportMenuItem):
            item.label = _("Translations")


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panel = TranslationStatusPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


hooks.register("before_serve_page", redirect_untranslated_alias)


# Before wagtail-localize's own hooks, which open its translation editor.
@hooks.register("before_edit_snippet", order=-1)
def edit_own_locale_only(request, instance):
    if isinstance(instance, TranslatableMixin):
        return refuse_other_locale(request, type(instance), instance.locale)
    return None


@hooks.register("before_delete_snippet", order=-1)
def delete_own_locale_only(request, instances):
    for instance in instances:
        if isinstance(instance, TranslatableMixin):
            refusal = refuse_other_locale(request, type(instance), instance.locale)
            if refusal:
                return refusal
    return None


@hooks.register("before_create_snippet", order=-1)
def create_in_own_locale_only(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    return refuse_other_locale(request, model, locale or Locale.get_default())


def machine_translate_button(page, user, view_name=None, next_url=None):
    if bulk.can_bulk_translate(user, page):
        yield Button(
            _("Translate automatically"),
            reverse("translation_bulk_machine_translate", args=[page.pk]),
            priority=65,
            icon_name="wagtail-localize-language",
        )


hooks.register("register_page_header_buttons", machine_translate_button)
hooks.register("register_page_listing_more_buttons", machine_translate_button)
