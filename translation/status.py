"""The translation status of every source page in every target language.

One table row per German (source-locale) page, one cell per target locale. A cell is:

- missing: no real page in that language (nothing, or only an alias showing German text);
- in review: the translated page is in a moderation workflow;
- out of date: the German page (or its extracted source) changed after the translation was
  last synchronised, i.e. after the last TranslationLog for that language;
- draft: translated but not published, or with unpublished changes;
- published: live and up to date.

The whole table costs a fixed number of queries (six), whatever the number of pages.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import TranslationLog, TranslationSource

from translation.permissions import target_locales  # noqa: F401  (the report's languages)

MISSING, IN_REVIEW, OUTDATED, DRAFT, PUBLISHED = (
    "missing",
    "in_review",
    "outdated",
    "draft",
    "published",
)
STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_REVIEW: _("In review"),
    OUTDATED: _("Out of date"),
    DRAFT: _("Draft"),
    PUBLISHED: _("Published"),
}


@dataclass
class Cell:
    locale: Locale
    status: str
    url: str | None
    page_id: int | None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Row:
    page: Page
    cells: list[Cell] = field(default_factory=list)


def status_table(user, locales):
    """Rows for every source page (tree order) with a cell per locale in `locales`."""
    source_locale = Locale.get_default()
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .only("id", "title", "draft_title", "depth", "path", "translation_key", "last_published_at")
    )
    keys = [page.translation_key for page in pages]
    targets = {
        (target["translation_key"], target["locale_id"]): target
        for target in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
            "id", "translation_key", "locale_id", "alias_of_id", "live", "has_unpublished_changes"
        )
    }
    real_ids = [str(t["id"]) for t in targets.values() if t["alias_of_id"] is None]
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=real_ids,
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )
    sources = {
        source["object_id"]: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale=source_locale
        ).values("id", "object_id", "last_updated_at")
    }
    last_sync = {
        (log["source_id"], log["locale_id"]): log["synced_at"]
        for log in TranslationLog.objects.filter(
            source_id__in=[source["id"] for source in sources.values()], locale__in=locales
        )
        .values("source_id", "locale_id")
        .annotate(synced_at=Max("created_at"))
    }
    can_submit = user.has_perm("wagtail_localize.submit_translation")

    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        changed_at = max(
            (t for t in (page.last_published_at, source and source["last_updated_at"]) if t),
            default=None,
        )
        row = Row(page=page)
        for locale in locales:
            target = targets.get((page.translation_key, locale.pk))
            synced_at = source and last_sync.get((source["id"], locale.pk))
            row.cells.append(
                _cell(page, locale, target, in_review, changed_at, synced_at, can_submit)
            )
        rows.append(row)
    return rows


def _cell(page, locale, target, in_review, changed_at, synced_at, can_submit):
    if target is None or target["alias_of_id"] is not None:
        if can_submit:
            url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        elif target is not None:
            url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
        else:
            url = None
        return Cell(locale, MISSING, url, target and target["id"])
    if str(target["id"]) in in_review:
        status = IN_REVIEW
    elif synced_at and changed_at and changed_at > synced_at:
        status = OUTDATED
    elif not target["live"] or target["has_unpublished_changes"]:
        status = DRAFT
    else:
        status = PUBLISHED
    return Cell(
        locale, status, reverse("wagtailadmin_pages:edit", args=[target["id"]]), target["id"]
    )


def summary(rows, locales):
    """Counts per locale and status: [(locale, {status: count})]."""
    counts = [(locale, dict.fromkeys(STATUS_LABELS, 0)) for locale in locales]
    for row in rows:
        for (_locale, by_status), cell in zip(counts, row.cells, strict=True):
            by_status[cell.status] += 1
    return counts
