"""Admin action: machine-translate a page (and its subtree) into the user's languages."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator

from translation.bulk import describe, machine_translate_page
from translation.permissions import target_locales


def can_bulk_translate(user, page):
    return (
        not page.is_root()
        and page.alias_of_id is None
        and user.has_perm("wagtail_localize.submit_translation")
        and get_machine_translator() is not None
    )


class BulkTranslateForm(forms.Form):
    locales = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"), widget=forms.CheckboxSelectMultiple
    )
    subtree = forms.BooleanField(
        label=gettext_lazy("Also translate the pages below this one"), required=False
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.locales = {locale.language_code: locale for locale in locales}
        self.fields["locales"].choices = [
            (code, locale.get_display_name()) for code, locale in self.locales.items()
        ]
        self.fields["locales"].initial = list(self.locales)


class BulkMachineTranslateView(WagtailAdminTemplateMixin, FormView):
    template_name = "translation/bulk_translate.html"
    form_class = BulkTranslateForm
    page_title = gettext_lazy("Translate automatically")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if get_machine_translator() is None:
            messages.error(request, _("Machine translation is not configured (set MT_BACKEND)."))
            return redirect(self.explorer_url())
        if not can_bulk_translate(request.user, self.page):
            raise PermissionDenied
        self.locales = [
            locale for locale in target_locales(request.user) if locale.pk != self.page.locale_id
        ]
        if not self.locales:
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "locales": self.locales}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "translator": get_machine_translator().display_name,
        }

    def form_valid(self, form):
        locales = [form.locales[code] for code in form.cleaned_data["locales"]]
        result = machine_translate_page(
            self.page, locales, subtree=form.cleaned_data["subtree"], user=self.request.user
        )
        summary = _(
            "Machine translation: %(translated)d draft(s) created, %(skipped)d skipped, "
            "%(failed)d failed. Please review the drafts before publishing."
        ) % {
            "translated": len(result.translated),
            "skipped": len(result.skipped),
            "failed": len(result.failed),
        }
        level = messages.ERROR if result.failed else messages.SUCCESS
        messages.add_message(self.request, level, summary)
        for line in describe(result):
            messages.info(self.request, line)
        return redirect(self.explorer_url())

    def explorer_url(self):
        return reverse("wagtailadmin_explore", args=[self.page.get_parent().pk])
