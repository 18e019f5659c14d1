"""Demo pages and footer, in German with translations made through wagtail-localize.

Loading is idempotent and never overwrites an editor's work: a page is created only when no
page with its slug exists, the home page is filled only while it is still empty, and a
translation is made only where none exists yet.
"""

from django.utils.translation import gettext_lazy
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.demo_content import FOOTER, PAGES
from home.models import Footer, HomePage, StandardPage
from portal.demo_translation import translate

SOURCE = "de"
TARGETS = ("fr", "ar", "en")
# The German home page's slug comes from the migration; its translations need slugs too.
HOME_SLUG = {"de": "startseite", "fr": "accueil", "ar": "al-raisiya", "en": "home"}


def translation_memory():
    """German source text → translations, for every string of the demo pages and footer."""
    memory = {}

    def remember(texts):
        memory[texts[SOURCE]] = {code: texts[code] for code in TARGETS}

    remember(HOME_SLUG)
    for spec in PAGES:
        for field in ("title", "intro", "slug"):
            if field in spec:
                remember(spec[field])
        for block_type, value in spec["body"]:
            if block_type == "quote":
                remember(value["text"])
                remember(value["attribution"])
            elif block_type == "cta":
                remember(value["label"])
            else:
                remember(value)
    remember(FOOTER["tagline"])
    remember(FOOTER["contact"])
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
            target = pages_by_key[value["page"]]
            blocks.append(("call_to_action", {"label": value["label"][SOURCE], "page": target}))
    return blocks


def _german_home():
    return HomePage.objects.get(depth=2, locale=Locale.get_default())


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
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            page = StandardPage(
                title=spec["title"][SOURCE],
                slug=spec["slug"][SOURCE],
                intro=spec["intro"][SOURCE],
                show_in_menus=spec.get("in_menu", True),
            )
            home.add_child(instance=page)
            created.append(spec["key"])
        pages_by_key[spec["key"]] = page

    for spec in PAGES:
        page = pages_by_key[spec["key"]].specific
        fresh = spec["key"] in created or (spec["type"] == "home" and not page.body)
        if fresh:
            page.title = page.draft_title = spec["title"][SOURCE]
            page.intro = spec["intro"][SOURCE]
            page.body = _body(spec, pages_by_key)
            page.save_revision().publish()
            report(f"  {page.title}")

    footer = Footer.objects.filter(locale=home.locale).first()
    if footer is None:
        footer = Footer.objects.create(
            locale=home.locale,
            tagline=FOOTER["tagline"][SOURCE],
            contact=f"<p>{FOOTER['contact'][SOURCE]}</p>",
            impressum_page=pages_by_key["impressum"],
            privacy_page=pages_by_key["datenschutz"],
        )

    translated = 0
    for spec in PAGES:
        page = pages_by_key[spec["key"]].specific
        missing = [code for code in TARGETS if not _has_real_translation(page, code)]
        if missing:
            translate(page, memory, missing)
            translated += len(missing)
    missing = [code for code in TARGETS if not _has_real_translation(footer, code)]
    if missing:
        translate(footer, memory, missing)
        translated += len(missing)
    return {
        gettext_lazy("pages created"): len(created),
        gettext_lazy("translations made"): translated,
    }


def _has_real_translation(instance, code):
    translations = instance.get_translations().filter(locale__language_code=code)
    if hasattr(instance, "alias_of_id"):
        translations = translations.filter(alias_of__isnull=True)
    return translations.exists()
