"""Demo pages and footer, in German with translations made through wagtail-localize.

Loading is idempotent and never overwrites or undoes an editor's work: each page, the footer
and each translation is made once and then remembered (home.demo_records), so a renamed page
is found again, a deleted one stays deleted, and the home page is filled only the first time
and only while it is still empty.
"""

from django.utils.translation import gettext_lazy
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.demo_content import FOOTER, PAGES
from home.demo_records import demo_object, first_time, remember, translate_once
from home.models import Footer, HomePage, StandardPage

SOURCE = "de"
TARGETS = ("fr", "ar", "en")
# The German home page's slug comes from the migration; its translations need slugs too.
HOME_SLUG = {"de": "startseite", "fr": "accueil", "ar": "al-raisiya", "en": "home"}


def translation_memory():
    """German source text → translations, for every string of the demo pages and footer."""
    memory = {}

    def remember_texts(texts):
        memory[texts[SOURCE]] = {code: texts[code] for code in TARGETS}

    remember_texts(HOME_SLUG)
    for spec in PAGES:
        for field in ("title", "intro", "slug"):
            if field in spec:
                remember_texts(spec[field])
        for block_type, value in spec["body"]:
            if block_type == "quote":
                remember_texts(value["text"])
                remember_texts(value["attribution"])
            elif block_type == "cta":
                remember_texts(value["label"])
            else:
                remember_texts(value)
    remember_texts(FOOTER["tagline"])
    remember_texts(FOOTER["contact"])
    return memory


def _body(spec, pages_by_key):
    blocks = []
    for block_type, value in spec["body"]:
        if block_type == "heading":
            blocks.append(("heading", value[SOURCE]))
        elif block_type == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{value[SOURCE]}</p>")))
        elif block_type == "quote":
            blocks.append(
                (
                    "quote",
                    {"text": value["text"][SOURCE], "attribution": value["attribution"][SOURCE]},
                )
            )
        elif block_type == "cta":
            target = pages_by_key.get(value["page"])
            if target is not None:  # an editor may have deleted the target page
                blocks.append(("call_to_action", {"label": value["label"][SOURCE], "page": target}))
    return blocks


def _german_home():
    return HomePage.objects.get(depth=2, locale=Locale.get_default())


def _standard_page(home, spec):
    """The demo page of `spec` (None if an editor deleted it) and whether it is new."""

    def create():
        page = StandardPage(
            title=spec["title"][SOURCE],
            slug=spec["slug"][SOURCE],
            intro=spec["intro"][SOURCE],
            show_in_menus=spec.get("in_menu", True),
        )
        home.add_child(instance=page)
        return page

    return demo_object(
        f"home:{spec['key']}",
        StandardPage,
        home.locale,
        adopt=lambda: StandardPage.objects.child_of(home).filter(slug=spec["slug"][SOURCE]).first(),
        create=create,
    )


def _footer(home, pages_by_key):
    def create():
        return Footer.objects.create(
            locale=home.locale,
            tagline=FOOTER["tagline"][SOURCE],
            contact=f"<p>{FOOTER['contact'][SOURCE]}</p>",
            impressum_page=pages_by_key.get("impressum"),
            privacy_page=pages_by_key.get("datenschutz"),
        )

    footer, _created = demo_object(
        "home:footer",
        Footer,
        home.locale,
        adopt=lambda: Footer.objects.filter(locale=home.locale).first(),
        create=create,
    )
    return footer


def load(report):
    """Create the demo pages and footer; `report(message)` receives progress lines.

    Deliberately not one big transaction: wagtail-localize publishes each translation when
    its own transaction commits, and deferring all of them to the end would publish stale
    tree data over the pages created in between.
    """
    home = _german_home()
    memory = translation_memory()
    pages_by_key = {"home": home}
    created = []
    for spec in PAGES:
        if spec["type"] == "home":
            continue
        page, is_new = _standard_page(home, spec)
        if page is None:
            continue
        pages_by_key[spec["key"]] = page
        if is_new:
            created.append(spec["key"])

    for spec in PAGES:
        page = pages_by_key.get(spec["key"])
        if page is None:
            continue
        page = page.specific
        if spec["type"] == "home":
            fresh = first_time("home:home") and not page.body
            remember("home:home", page)
        else:
            fresh = spec["key"] in created
        if fresh:
            page.title = page.draft_title = spec["title"][SOURCE]
            page.intro = spec["intro"][SOURCE]
            page.body = _body(spec, pages_by_key)
            page.save_revision().publish()
            report(f"  {page.title}")

    footer = _footer(home, pages_by_key)

    translated = 0
    sources = [(f"home:{spec['key']}", pages_by_key.get(spec["key"])) for spec in PAGES]
    sources.append(("home:footer", footer))
    for key, instance in sources:
        instance = getattr(instance, "specific", instance)
        translated += translate_once(key, instance, memory, TARGETS)
    return {
        gettext_lazy("pages created"): len(created),
        gettext_lazy("translations made"): translated,
    }
