"""Demo news: an index page per locale, two categories and three articles in four languages.

Like the home demo, loading is idempotent and never overwrites or undoes an editor's work:
the index, each category, article and translation is made once and remembered
(home.demo_records), so renamed items are found again and deleted ones stay deleted.
"""

from django.utils.translation import gettext_lazy
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.demo_records import demo_object, translate_once
from home.models import HomePage
from news.demo_content import CATEGORIES, INDEX, NEWS
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageRelatedNews

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
    def create():
        index = NewsIndexPage(
            title=INDEX["title"][SOURCE],
            slug=INDEX["slug"][SOURCE],
            intro=INDEX["intro"][SOURCE],
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        report(f"  {index.title}")
        return index

    index, created = demo_object(
        "news:index",
        NewsIndexPage,
        home.locale,
        adopt=lambda: NewsIndexPage.objects.child_of(home).first(),
        create=create,
    )
    return (index.specific if index else None), created


def _categories(locale):
    categories, created = {}, 0
    for spec in CATEGORIES:
        category, is_new = demo_object(
            f"news:category:{spec['slug']}",
            NewsCategory,
            locale,
            adopt=lambda spec=spec: NewsCategory.objects.filter(
                locale=locale, slug=spec["slug"]
            ).first(),
            create=lambda spec=spec: NewsCategory.objects.create(
                locale=locale, slug=spec["slug"], name=spec["name"][SOURCE]
            ),
        )
        created += int(is_new)
        if category is not None:
            categories[spec["slug"]] = category
    return categories, created


def _articles(index, categories, report):
    articles, created = {}, []
    for spec in NEWS:

        def create(spec=spec):
            page = NewsPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                date=spec["date"],
                intro=spec["intro"][SOURCE],
                body=_body(spec),
                category=categories.get(spec["category"]),
                live=False,
            )
            index.add_child(instance=page)
            return page

        page, is_new = demo_object(
            f"news:{spec['key']}",
            NewsPage,
            index.locale,
            adopt=lambda spec=spec: (
                NewsPage.objects.child_of(index).filter(slug=spec["slug"][SOURCE]).first()
            ),
            create=create,
        )
        if page is None:
            continue
        articles[spec["key"]] = page
        if is_new:
            created.append(spec)
    for spec in created:
        page = articles[spec["key"]]
        page.tags.set(spec["tags"])
        page.related_news = [
            NewsPageRelatedNews(news=articles[key]) for key in spec["related"] if key in articles
        ]
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
    articles, articles_created = {}, 0
    if index is not None:
        articles, articles_created = _articles(index, categories, report)

    translated = 0
    sources = [("news:index", index)]
    sources += [(f"news:category:{slug}", category) for slug, category in categories.items()]
    sources += [(f"news:{key}", page.specific) for key, page in articles.items()]
    for key, instance in sources:
        translated += translate_once(key, instance, memory, TARGETS)
    return {
        gettext_lazy("news pages created"): int(index_created) + articles_created,
        gettext_lazy("news categories created"): categories_created,
        gettext_lazy("translations made"): translated,
    }
