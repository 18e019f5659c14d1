"""Topics in the visitor's language: labels and slugs of the entries' tags.

Each tag an entry uses has a :class:`knowledge.models.Topic` in the default locale (made
here when the entry is indexed) and, once translated, one per language. Facets and entry
pages show the label in the page's language (else the default locale's, else the tag's
name); filter links carry the topic's slug, the same in every language; links made before
topics had slugs carry the tag's slug and still work.
"""

from portal.caching.fragments import Fragment, per_language, searching
from portal.i18n import default_locale

#: Each topic's label and slug in a language, for the facets and entry pages.
TOPIC_LABELS = Fragment("topic-labels", per_language, when=searching)


def ensure_topics(tag_ids) -> None:
    """A default-locale topic for each of *tag_ids* that has none yet."""
    from taggit.models import Tag
    from wagtail.models import Locale

    from knowledge.models import Topic

    tag_ids = set(tag_ids)
    if not tag_ids:
        return
    missing = tag_ids - set(
        Topic.objects.filter(tag_id__in=tag_ids).values_list("tag_id", flat=True)
    )
    if not missing:
        return
    locale = Locale.get_default()
    for tag in Tag.objects.filter(pk__in=missing).order_by("pk"):
        if not Topic.objects.filter(tag=tag).exists():  # saving one may have made another
            Topic(tag=tag, name=tag.name, locale=locale).save()


def all_names() -> dict:
    """{tag id: [the topic's name in every language]}: an entry is found by its topics'
    names in the visitor's language."""
    from knowledge.models import Topic

    names = {}
    for tag_id, name in Topic.objects.values_list("tag_id", "name"):
        names.setdefault(tag_id, []).append(name)
    return names


def labels(request, locale) -> dict:
    """{tag slug: (topic slug, label in *locale*, the label's language)}, from the shared
    fragment cache (saving a topic renews it)."""
    return TOPIC_LABELS.for_locale(request, locale, lambda: _labels(locale, request))


def _labels(locale, request) -> dict:
    from knowledge.models import Topic

    default = default_locale(request)
    best = {}
    rows = Topic.objects.values_list(
        "tag__slug", "slug", "name", "locale_id", "locale__language_code"
    )
    for tag_slug, slug, name, locale_id, language in rows:
        rank = 0 if locale_id == locale.pk else (1 if locale_id == default.pk else 2)
        if tag_slug not in best or rank < best[tag_slug][0]:
            best[tag_slug] = (rank, slug, name, language)
    return {tag: (slug, name, language) for tag, (_rank, slug, name, language) in best.items()}


def tag_id_for(slug: str):
    """The tag of the topic with *slug* (or, for an old link, of the tag with that slug)."""
    from taggit.models import Tag

    from knowledge.models import Topic

    found = Topic.objects.filter(slug=slug).values_list("tag_id", flat=True).first()
    if found is None:
        found = Tag.objects.filter(slug=slug).values_list("pk", flat=True).first()
    return found


def for_page(request, page) -> list[tuple[str, str, str]]:
    """(slug, label, label language) of *page*'s topics, in its language."""
    known = labels(request, page.locale)
    shown = []
    for tag in page.topics.all():
        slug, label, language = known.get(tag.slug, (tag.slug, tag.name, ""))
        shown.append((slug, label, language))
    return shown
