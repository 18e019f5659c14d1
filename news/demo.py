"""Demo news: an index page per locale, two categories and three articles in four languages.

Like the home demo, loading is idempotent and never overwrites an editor's work: the index,
categories and articles are created only where none exists (found by page type, slug), and
a translation is made only for the languages that do not have a real one yet.
"""

from django.utils.translation import gettext_lazy
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import HomePage
from news.demo_content import CATEGORIES, INDEX, NEWS
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedNews
from portal.demo_translation import translate

SOURCE = "de"
TARGETS = ("fr", "ar", "en")


def translation_memory():
    """German source text → translations, for every string of the demo news."""
    memory = {}

    def remember(texts):
        memory[texts[SOURCE]] = {code: texts[code] for code in TARGETS}

    for field in ("title", "slug", "intro"):
        remember(INDEX[field])
    for spec in CATEGORIES:
        remember(spec["name"])
    for spec in NEWS:
        for field in ("title", "slug", "intro"):
            remember(spec[field])
        for block_type, value in spec["body"]:
            if block_type == "quote":
                remember(value["text"])
                remember(value["attribution"])
            else:
                remember(value)
    return memory


def _body(spec):
    blocks = []
    for block_type, value in spec["body"]:
        if block_type == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{value[SOURCE]}</p>")))
        elif block_type == "quote":
            text = {"text": value["text"][SOURCE], "attribution": value["attribution"][SOURCE]}
            blocks.append(("quote", text))
        else:
            blocks.append((block_type, value[SOURCE]))
    return blocks


def _index(home, report):
    index = NewsIndexPage.objects.child_of(home).first()
    if index is not None:
        return index.specific, False
    index = NewsIndexPage(
        title=INDEX["title"][SOURCE],
        slug=INDEX["slug"][SOURCE],
        intro=INDEX["intro"][SOURCE],
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    report(f"  {index.title}")
    return index, True


def _categories(locale):
    categories, created = {}, 0
    for spec in CATEGORIES:
        category = NewsCategory.objects.filter(locale=locale, slug=spec["slug"]).first()
        if category is None:
            category = NewsCategory.objects.create(
                locale=locale, slug=spec["slug"], name=spec["name"][SOURCE]
            )
            created += 1
        categories[spec["slug"]] = category
    return categories, created


def _articles(index, categories, report):
    articles, created = {}, []
    for spec in NEWS:
        page = NewsPage.objects.child_of(index).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            page = NewsPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                date=spec["date"],
                intro=spec["intro"][SOURCE],
                body=_body(spec),
                category=categories[spec["category"]],
                live=False,
            )
            index.add_child(instance=page)
            created.append(spec)
        articles[spec["key"]] = page
    for spec in created:
        page = articles[spec["key"]]
        page.tags.set(spec["tags"])
        page.related_news = [NewsPageRelatedNews(news=articles[key]) for key in spec["related"]]
        page.save_revision().publish()
        report(f"  {page.title}")
    return articles, len(created)


def load(report):
    """Create the demo news; `report(message)` receives progress lines.

    Not one transaction, for the reason given in home.demo: wagtail-localize publishes each
    translation when its own transaction commits.
    """
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    memory = translation_memory()
    index, index_created = _index(home, report)
    categories, categories_created = _categories(home.locale)
    articles, articles_created = _articles(index, categories, report)

    translated = 0
    sources = [index, *categories.values(), *(page.specific for page in articles.values())]
    for instance in sources:
        missing = [code for code in TARGETS if not _has_real_translation(instance, code)]
        if missing:
            translate(instance, memory, missing)
            translated += len(missing)
    return {
        gettext_lazy("news pages created"): int(index_created) + articles_created,
        gettext_lazy("news categories created"): categories_created,
        gettext_lazy("translations made"): translated,
    }


def _has_real_translation(instance, code):
    translations = instance.get_translations().filter(locale__language_code=code)
    if hasattr(instance, "alias_of_id"):
        translations = translations.filter(alias_of__isnull=True)
    return translations.exists()
