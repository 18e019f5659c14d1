from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from translation.aliases import redirect_untranslated_alias
from translation.panels import TranslationStatusPanel
from translation.status import target_locales
from translation.views import bulk, machine_translate, pofile, report


@hooks.register("register_admin_urls", order=-10)
def register_localize_overrides():
    """Our versions of three wagtail-localize views, on the same paths and resolved first."""
    urls = [
        path(
            "translate/<int:translation_id>/machine_translate/",
            machine_translate.machine_translate,
            name="machine_translate",
        ),
        path(
            "translate/<int:translation_id>/pofile/upload/",
            pofile.upload_pofile,
            name="upload_pofile",
        ),
        path(
            "update/<int:translation_source_id>/",
            machine_translate.SafeUpdateTranslationsView.as_view(),
            name="update_translations",
        ),
    ]
    return [path("localize/", include((urls, "translation_localize")))]


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


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panel = TranslationStatusPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


hooks.register("before_serve_page", redirect_untranslated_alias)


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
