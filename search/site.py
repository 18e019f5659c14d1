"""Site-wide search: every page type (standard pages, news, archive entries …) through
Wagtail's search backend, in the current locale or - with ``all=1`` - in all of them.

Searching ``Page`` means page types added by other apps (news) are included without this
module knowing them. The results are read as plain pages, and the lead text each one shows
(a ``summary`` or ``intro``, whichever its type has) comes for all of them in one more query:
loading every result as its specific page took a query per page type and decoded their
StreamFields, about half of the search's time.
"""

from dataclasses import dataclass
from functools import lru_cache

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from knowledge.search.archive import Facet, lenient_params
from knowledge.search.folding import query_terms
from knowledge.search.snippets import make_snippet
from portal.i18n import locale_table
from privacy.archive import hidden_translation_keys

PAGE_SIZE = 20


class SiteSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    all = forms.BooleanField(label=_("All languages"), required=False)
    lang = forms.ChoiceField(label=_("Language"), required=False, choices=settings.LANGUAGES)
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1)


@dataclass
class SiteOutcome:
    count: int
    results: list
    page: object
    language_facet: Facet


def visible_pages(request):
    """Live pages that the portal's privacy rule lets this request see.

    Wagtail's search only filters on its FilterFields (``translation_key`` is one), so the
    rule's hidden translation keys are excluded as a list rather than as a subquery.
    """
    pages = Page.objects.live().filter(depth__gt=1)
    hidden = hidden_translation_keys(request)
    return pages.exclude(translation_key__in=hidden) if hidden else pages


def search(request, locale, data):
    form = SiteSearchForm(data)
    params = lenient_params(form)
    query = (params["q"] or "").strip()
    pages = visible_pages(request)
    locales = {item.pk: item for item in locale_table(request).values()}
    facet = Facet("lang", _("Language"))
    if not query:
        return form, SiteOutcome(0, [], None, facet)
    # Matches per language in one query: the facet, and the sizes of the parts below.
    counts = {pk: n for pk, n in pages.search(query).facet("locale_id").items() if n}
    names = dict(settings.LANGUAGES)
    chosen = params["lang"] or locale.language_code
    facet.options = [
        {
            "value": item.language_code,
            "label": str(names.get(item.language_code, item.language_code)),
            "count": counts[item.pk],
            "selected": item.language_code == chosen,
        }
        for item in sorted(locales.values(), key=lambda item: item.language_code)
        if item.pk in counts
    ]
    if params["lang"]:
        scope = locale_table(request)[params["lang"]]
        parts = [(pages.filter(locale=scope), counts.get(scope.pk, 0))]
    else:
        parts = [(pages.filter(locale=locale), counts.get(locale.pk, 0))]
        if params["all"]:
            # Pages in the visitor's language first, then the others, each by relevance.
            others = sum(n for pk, n in counts.items() if pk != locale.pk)
            parts.append((pages.exclude(locale=locale), others))
    hits = _Consecutive([(part.search(query), n) for part, n in parts])
    paginator = Paginator(hits, PAGE_SIZE)
    page = paginator.get_page(params["page"] or 1)
    terms = query_terms(query)
    texts = lead_texts([hit.pk for hit in page])
    results = [_result(request, hit, texts.get(hit.pk), terms, locales) for hit in page]
    return form, SiteOutcome(paginator.count, results, page, facet)


LEAD_TEXT_FIELDS = ("summary", "intro")


@lru_cache
def _lead_text_columns() -> tuple[tuple[str, str, str], ...]:
    """(table, its link to the page, lead text column) of every page type that has a lead
    text (page types that inherit directly from ``Page``)."""
    columns = []
    for model in get_page_models():
        link = model._meta.parents.get(Page)
        if link is None:
            continue
        names = {field.name: field.column for field in model._meta.concrete_fields}
        columns += [
            (model._meta.db_table, link.column, names[name])
            for name in LEAD_TEXT_FIELDS
            if name in names
        ]
    return tuple(columns)


@lru_cache
def _lead_text_statement(count: int) -> str:
    """The statement of ``lead_texts`` for *count* ids, built once: building it with the ORM
    took three times as long as running it."""
    quote = connection.ops.quote_name
    page = quote(Page._meta.db_table)
    joins, texts = [], []
    for number, (table, link, column) in enumerate(_lead_text_columns()):
        alias = f"lead{number}"
        joins.append(f"LEFT JOIN {quote(table)} {alias} ON {alias}.{quote(link)} = {page}.id")
        texts.append(f"NULLIF({alias}.{quote(column)}, '')")
    texts.append(f"NULLIF({page}.search_description, '')")
    return (
        f"SELECT {page}.id, COALESCE({', '.join(texts)}, '') FROM {page} {' '.join(joins)} "
        f"WHERE {page}.id IN ({', '.join(['%s'] * count)})"
    )


def lead_texts(page_ids) -> dict:
    """Page id → its lead text (or its search description), for all of them in one query."""
    page_ids = list(page_ids)
    if not page_ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_lead_text_statement(len(page_ids)), page_ids)
        return dict(cursor.fetchall())


class _Consecutive:
    """Search results of several scopes one after the other, for the paginator: the number of
    each is known (the language facet), so a page reads only its own slice of each."""

    def __init__(self, parts):
        self.parts = parts  # (lazy search results, their number)

    def count(self) -> int:
        return sum(n for _results, n in self.parts)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        start, stop = window.start or 0, window.stop
        found = []
        for results, n in self.parts:
            if start < n and stop > 0:
                found += list(results[start : min(stop, n)])
            start, stop = max(0, start - n), stop - n
        return found


def _result(request, page, text, terms, locales) -> dict:
    return {
        "title": page.title,
        "url": page.get_url(request),
        "type": str(page.specific_class._meta.verbose_name),
        "language": locales[page.locale_id].language_code,
        "snippet": str(make_snippet(text or "", terms)),
    }
