"""The translators' report: source pages × languages with the status of each translation."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translation.permissions import target_locales
from translation.status import STATUS_LABELS, status_table, summary

ROWS_PER_PAGE = 50


class StatusFilterForm(forms.Form):
    locale = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *STATUS_LABELS.items()],
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [("", _("All my languages"))] + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation/status_report.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        self.locales = target_locales(request.user)
        if not self.locales:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": _("Reports")}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = StatusFilterForm(self.request.GET or None, locales=self.locales)
        locales, status = self.locales, ""
        if form.is_bound and form.is_valid():
            code = form.cleaned_data["locale"]
            if code:
                locales = [locale for locale in locales if locale.language_code == code]
            status = form.cleaned_data["status"]
        rows = status_table(self.request.user, locales)
        counts = summary(rows, locales)
        if status:
            rows = [row for row in rows if any(cell.status == status for cell in row.cells)]
        paginator = Paginator(rows, ROWS_PER_PAGE)
        page_number = self.request.GET.get("p", "1")
        context.update(
            form=form,
            locales=locales,
            counts=counts,
            statuses=STATUS_LABELS,
            page_obj=paginator.get_page(page_number),
            filter_query=_query_without_page(self.request.GET),
        )
        return context


def _query_without_page(query):
    query = query.copy()
    query.pop("p", None)
    return query.urlencode()
