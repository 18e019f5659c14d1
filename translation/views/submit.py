"""wagtail-localize's "Translate" views, limited to the languages the person works in.

Upstream (1.14) checks only its one global permission, `submit_translation`, and then offers
and accepts every locale: a French translator could create the Arabic translation of a page
or a news category. These views offer only the locales in which the person may edit content
(`translation.permissions`), refuse any other with a message that names the allowed ones,
and refuse snippet types the person may not change at all. A person with one language finds
it chosen already.

"Translate this page" also converts the page's alias in that language (a live copy showing
German text, made by locale synchronisation) into a real page. Upstream keeps it live, so
the German text would be published as the translation before anybody reviewed it. Here such
a page is taken offline again; it is a draft until the reviewed translation is published,
and visitors are still sent to the German original meanwhile
(`translation.middleware.UntranslatedPageRedirectMiddleware`).

Registered on upstream's URLs ahead of upstream (translation/wagtail_hooks.py).
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from translation.drafts import keep_converted_aliases_as_drafts
from translation.permissions import editable_locale_ids, language_names


class OwnLocalesOnlyMixin:
    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        offered = list(field.queryset)
        allowed = [
            locale for locale in offered if locale.pk in editable_locale_ids(self.request.user)
        ]
        field.queryset = field.queryset.filter(pk__in=[locale.pk for locale in allowed])
        # Upstream's label is "Locales", which its German catalog leaves as "Locale".
        field.label = _("Languages")
        if len(allowed) == 1 and not form.is_bound:
            # A translator of one language need not tick the only choice there is.
            field.initial = [allowed[0].pk]
        field.error_messages["invalid_choice"] = _(
            "You can only translate into your own languages: %(languages)s."
        ) % {"languages": language_names(allowed) or "–"}
        self.offers_nothing = not allowed
        return form

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        if self.offers_nothing:
            messages.error(
                request,
                _("There is no language left that you may translate this into."),
            )
            return redirect(self.get_success_url() or self.get_default_success_url())
        return self.render_to_response(context)


class LocaleLimitedPageTranslationView(OwnLocalesOnlyMixin, SubmitPageTranslationView):
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            pages += list(self.object.get_descendants())
        aliases = list(
            Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages],
                locale__in=locales,
                alias_of__isnull=False,
            ).values_list("pk", flat=True)
        )
        with transaction.atomic():
            response = super().form_valid(form)
            keep_converted_aliases_as_drafts(aliases, self.request.user)
        return response


class LocaleLimitedSnippetTranslationView(OwnLocalesOnlyMixin, SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        policy = policy_registry.get_by_type(type(self.object))
        if not policy.user_has_permission(request.user, "change"):
            messages.error(
                request,
                _("You may not translate %(things)s.")
                % {"things": self.object._meta.verbose_name_plural},
            )
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    def get_default_success_url(self, translated_snippet=None):
        if translated_snippet is None:
            meta = self.object._meta
            return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
        return super().get_default_success_url(translated_snippet)
