"""The archive search a visitor runs: locale scope, filters, facets, sort and paging.

The number of queries is fixed whatever the page size (on PostgreSQL: the facet counts, the
total and the page's ids in one statement, then the page's rows with their URL paths; the
document type names and the locales come from the shared fragments); matching itself is
delegated to the engine.
"""

from contextlib import nullcontext
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Exists, F, OuterRef, Prefetch, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _

from portal.caching.fragments import Fragment, per_language, searching
from portal.i18n import default_locale, locale_table
from privacy.archive import visible_entries

from . import engine, suggestions, tokens, topics
from .folding import query_terms
from .pages import best_pages, plain, split_marked
from .snippets import make_snippet

PAGE_SIZE = 20
MAX_OFFSET = 2**31
# The years the form accepts, and so the only ones the year facet offers (an entry dated
# 0001-01-01 is still found, but offers no year nobody could choose).
MIN_YEAR, MAX_YEAR = 1000, 9999
TOPIC_LIMIT = 20
# Each sort as (column, descending) pairs; "local" and "rank" exist when there are words.
ORDERINGS = {
    "relevance": [("local", True), ("rank", True), ("date", True), ("pk", False)],
    "newest": [("date", True), ("pk", False)],
    "oldest": [("date", False), ("pk", False)],
}
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
}


class ArchiveSearchForm(forms.Form):
    """Validates the GET parameters; bad values become messages, never a 500."""

    q = forms.CharField(label=_("Search the archive"), required=False, max_length=200)
    # A document type's slug (?type=satzung); cleaned to its translation key.
    type = forms.SlugField(label=_("Document type"), required=False, max_length=120)
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=MIN_YEAR, max_value=MAX_YEAR
    )
    lang = forms.ChoiceField(label=_("Language"), required=False, choices=settings.LANGUAGES)
    topic = forms.SlugField(label=_("Topic"), required=False, allow_unicode=True, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1)

    def __init__(self, data=None, *, type_keys=dict):
        """*type_keys*: a callable giving {slug: translation key} of the document types."""
        super().__init__(data)
        self.type_keys = type_keys

    def clean_type(self):
        slug = self.cleaned_data["type"]
        if not slug:
            return None
        key = self.type_keys().get(slug)
        if key is None:
            raise forms.ValidationError(_("There is no such document type."), code="unknown")
        return key


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)  # dicts: value, label, count, selected


@dataclass
class SearchOutcome:
    count: int
    results: list
    facets: list
    page: object
    terms: list
    suggestion: str | None = None  # "Meinten Sie …?": a corrected query that finds more


def scoped_entries(locale, request=None):
    """Entries of *locale*, plus entries of other locales not (yet) translated into it.

    An untranslated entry is shown in its default-locale version if there is one,
    otherwise in whichever version exists; the template marks its language.
    """
    from knowledge.models import ArchiveSearchEntry

    rows = ArchiveSearchEntry.objects.filter(live=True)
    translated_here = ArchiveSearchEntry.objects.filter(
        live=True, locale=locale, translation_key=OuterRef("translation_key")
    )
    default = default_locale(request)
    in_default = ArchiveSearchEntry.objects.filter(
        live=True, locale=default, translation_key=OuterRef("translation_key")
    )
    fallback = (
        ~Q(locale=locale) & ~Exists(translated_here) & (Q(locale=default) | ~Exists(in_default))
    )
    return rows.filter(Q(locale=locale) | fallback)


def lenient_params(form) -> dict:
    """The form's values with every invalid one ignored, so a bad link still answers.

    The errors stay on the form (the page shows them, JSON lists them); an invalid value
    counts as not given, except the query itself: one that is too long or holds NUL
    characters is searched without them, cut to the allowed length.
    """
    form.is_valid()
    params = {name: form.cleaned_data.get(name) for name in form.fields}
    if "q" in form.errors:
        raw = str(form.data.get("q", ""))
        params["q"] = raw.replace("\x00", "")[: form.fields["q"].max_length]
    return params


def search(request, locale, data) -> tuple[ArchiveSearchForm, SearchOutcome]:
    form = ArchiveSearchForm(data, type_keys=lambda: type_keys(request, locale))
    params = lenient_params(form)
    terms = query_terms(params["q"] or "")
    in_scope = visible_entries(request, scoped_entries(locale, request))
    rows = in_scope
    if terms:
        rows = engine().match(rows, terms, query=params["q"])
    rows = _filtered(rows, params)
    with engine().matching_through_index() if terms else nullcontext():
        outcome = _outcome(request, locale, rows, params, terms)

    def recount(other_terms):
        if not other_terms:
            return 0
        matches = _filtered(engine().match(in_scope, other_terms), params)
        with engine().matching_through_index():
            return matches.count()

    outcome.suggestion = suggestions.suggest(params["q"] or "", terms, outcome.count, recount)
    return form, outcome


def _outcome(request, locale, rows, params, terms) -> SearchOutcome:
    from knowledge.models import ArchiveSearchEntry

    sort = params["sort"] or ("relevance" if terms else "newest")
    ordering = ORDERINGS["newest" if sort == "relevance" and not terms else sort]
    if ordering is ORDERINGS["relevance"]:
        # Entries in the visitor's language (translated or written in it) come first, then
        # untranslated ones found by their original text (issue: search per locale).
        rows = rows.annotate(local=Case(When(locale=locale, then=Value(1)), default=Value(0)))
    rows = rows.order_by(
        *[
            F(column).desc(nulls_last=True) if descending else F(column).asc()
            for column, descending in ordering
        ]
    )
    requested = params["page"] or 1
    # A page number beyond any archive (?page=10**30) must not overflow SQL's OFFSET; it shows
    # the last page, read below.
    offset = min((requested - 1) * PAGE_SIZE, MAX_OFFSET)
    counts, page_ids = engine().facets_and_page(
        rows, ordering, offset, PAGE_SIZE, TOPIC_LIMIT, request, locale
    )
    facets, total, type_names = _facets(request, counts, params, locale)
    paginator = Paginator(_for_display(rows), PAGE_SIZE)
    paginator.count = total  # known from the facet counts: no separate COUNT(*)
    page = paginator.get_page(requested)
    if page_ids is not None and page.number == requested:
        # The ids came with the counts: read just these rows and their pages' URL paths, by
        # primary key. (A page beyond the last shows the last one, which the paginator's
        # queryset reads.)
        found = ArchiveSearchEntry.objects.only(*DISPLAY_COLUMNS, "page__url_path")
        found = with_thumbnail(found.select_related("page")).in_bulk(page_ids)
        page.object_list = [found[pk] for pk in page_ids if pk in found]
    languages = {item.pk: code for code, item in locale_table(request).items()}
    results = [_result(request, row, terms, type_names, languages) for row in page]
    return SearchOutcome(paginator.count, results, facets, page, terms)


# What a result shows (see ``_result``): read with the page's URL path, by primary key.
DISPLAY_COLUMNS = ("title", "date", "document_type_key", "locale_id", "facet_languages", "text")


def _for_display(rows):
    """*rows* as a result page shows them: the URL paths fetched afterwards (prefetch; joining
    the pages before the sort would join every match), without the folded texts and vectors
    (large columns). Their locales come from the cached locale table."""
    from knowledge.models import ArchiveEntryPage

    rows = rows.prefetch_related(Prefetch("page", ArchiveEntryPage.objects.only("url_path")))
    return with_thumbnail(rows).defer(
        "folded_title", "folded_body", "folded_metadata", "vector", "head_vector"
    )


def _filtered(rows, params):
    """The filters as conditions on the row's own columns: a join would let PostgreSQL's
    planner start from the language or topic and test each candidate's vector row by row
    (90 ms at 100,000 entries for "Jugend" + topic + language, 10 ms through the text index).
    """
    if params["type"]:
        rows = rows.filter(document_type_key=params["type"])
    if params["year"]:
        rows = rows.filter(year=params["year"])
    if params["lang"]:
        rows = rows.filter(tokens.having("facet_languages", params["lang"]))
    if params["topic"]:
        tag_id = topics.tag_id_for(params["topic"])
        # An unknown topic matches nothing: a token that no row holds (rows.none() would give
        # PostgreSQL's one statement no SQL at all).
        rows = rows.filter(tokens.having("facet_topics", tag_id or "unknown"))
    return rows


def _facets(request, counts, params, locale) -> tuple[list[Facet], int, dict]:
    """The facets, the number of matches and the names of their document types (type, year
    and the total all come from the counts per (year, type))."""
    pairs, language_counts, topic_counts = counts
    type_counts, year_totals, total = {}, {}, 0
    for year, key, n in pairs:
        total += n
        year_totals[year] = year_totals.get(year, 0) + n
        if key is not None:
            type_counts[key] = type_counts.get(key, 0) + n
    labels = _type_labels(request, locale)
    names = {key: name for key, (name, _slug) in labels.items()}
    selected_type = params["type"]
    types = Facet("type", _("Document type"))
    types.options = sorted(
        (
            {
                "value": labels[key][1] if key in labels else str(key),
                "label": names.get(key, "?"),
                "count": n,
                "selected": key == selected_type,
            }
            for key, n in type_counts.items()
        ),
        key=lambda option: (-option["count"], option["label"]),
    )
    years = Facet("year", _("Year"))
    years.options = [
        {"value": str(year), "label": str(year), "count": n, "selected": year == params["year"]}
        for year, n in sorted(year_totals.items(), reverse=True)
        if year is not None and MIN_YEAR <= year <= MAX_YEAR
    ]
    languages = Facet("lang", _("Language"))
    language_names = dict(settings.LANGUAGES)
    languages.options = [
        {
            "value": code,
            "label": str(language_names.get(code, code)),
            "count": n,
            "selected": code == params["lang"],
        }
        for code, n in sorted(language_counts, key=lambda item: -item[1])
    ]
    topic_facet = Facet("topic", _("Topic"))
    topic_facet.options = [
        {"value": slug, "label": label, "count": n, "selected": slug == params["topic"]}
        for slug, label, n in topic_counts
    ]
    shown = [facet for facet in (types, years, languages, topic_facet) if facet.options]
    return shown, total, names


#: Every document type's name in a language and its slug, for the facets and results.
DOCUMENT_TYPE_LABELS = Fragment("document-type-labels", per_language, when=searching)


def _type_labels(request, locale) -> dict:
    """Every document type's (name in *locale*, falling back to the default locale's name;
    slug), by translation key; from the shared fragment cache (saving a type renews it)."""
    return DOCUMENT_TYPE_LABELS.for_locale(
        request, locale, lambda: _all_type_labels(locale, request)
    )


def type_keys(request, locale) -> dict:
    """{slug: translation key} of every document type (the ?type= filter's values)."""
    return {slug: key for key, (_name, slug) in _type_labels(request, locale).items()}


def _all_type_labels(locale, request) -> dict:
    from knowledge.models import DocumentType

    default = default_locale(request)
    best = {}
    for key, locale_id, name, slug in DocumentType.objects.values_list(
        "translation_key", "locale_id", "name", "slug"
    ):
        rank = 0 if locale_id == locale.pk else (1 if locale_id == default.pk else 2)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, name, slug)
    return {key: (name, slug) for key, (_rank, name, slug) in best.items()}


def with_thumbnail(rows):
    """*rows* with ``thumbnail_document``: the first public file of each entry that has a
    thumbnail, read in the same statement as the rows (no query of its own)."""
    from knowledge.models import ArchiveEntryFile

    from .indexing import hidden_collection_ids

    first = (
        ArchiveEntryFile.objects.filter(
            page_id=OuterRef("page_id"), document__thumbnail__isnull=False
        )
        .exclude(document__collection_id__in=hidden_collection_ids())
        .order_by("sort_order", "pk")
        .values("document_id")[:1]
    )
    return rows.annotate(thumbnail_document=Subquery(first))


def _thumbnail_url(document_id) -> str:
    if document_id is None:
        return ""
    from django.urls import reverse

    return reverse("knowledge:thumbnail", args=[document_id])


def _result(request, row, terms, type_names, languages) -> dict:
    """One result: the snippet comes from the best page of the best-matching file (see
    :mod:`.pages`), or from the summary and files when the words are in the metadata."""
    _summary, files = split_marked(row.text)
    pages, best_page, _file_index = best_pages(files, terms)
    return {
        "title": row.title,
        "url": row.page.get_url(request),
        "type": type_names.get(row.document_type_key, ""),
        "date": row.date,
        "language": languages[row.locale_id],
        "languages": tokens.split(row.facet_languages),
        "snippet": make_snippet(plain(row.text) if best_page is None else best_page, terms),
        "pages": pages,
        "thumbnail": _thumbnail_url(getattr(row, "thumbnail_document", None)),
    }
