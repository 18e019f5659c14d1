"""No field an editor fills can inject script: every one holds a payload, every channel is read.

Each field gets its own payload, named after the field, that tries three ways in: closing
an attribute and opening a <script>, an element with an event handler, and a
`javascript:` link. Rich text is stored the way the editor (Draftail) stores it, including
a link whose URL is `javascript:`. The public pages, the feeds, the search results (HTML
and JSON), the API and the admin listings are then parsed like a browser would: nothing
may have become a script, an event handler or a `javascript:` URL, and the payloads must
show up as text where the field is shown, so that the test cannot pass by leaving a field
out.
"""

import datetime
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment

from home.models import Footer, HomePage
from knowledge.models import ArchiveIndexPage
from news.models import NewsIndexPage
from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.knowledge.factories import ArchiveDocumentFactory, DocumentTypeFactory, make_entry
from tests.news.factories import NewsCategoryFactory, NewsPageFactory
from tests.translation.conftest import make_translator, start_translation

pytestmark = pytest.mark.django_db

SEARCH_WORD = "Zauberbrunnen"
FORM = "application/x-www-form-urlencoded"
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


def payload(field):
    """At most 80 characters for the field names used (a category name's limit)."""
    return f'«{field}»"><script>xss()</script><a href=javascript:xss() onclick=xss()>'


def visible(field):
    """What a reader sees of the field's payload: the markup as text."""
    return f'«{field}»"><script>xss()</script>'


def rich_text(field, features):
    """Rich text as the editor saves it: the payload typed as text, and linked to a
    `javascript:` URL in Draftail's link dialog."""
    text = f"{SEARCH_WORD} {payload(field)}"
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": len(SEARCH_WORD), "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:xss()"}}
        },
    }
    return ContentstateConverter(features).to_database_format(json.dumps(contentstate))


def injections(html):
    """Script an HTML document would run: executable <script>s, event handlers and
    `javascript:` URLs that contain the payloads' call."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind in EXECUTABLE_TYPES and "xss()" in script.get_text():
            found.append(str(script)[:120])
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.lower().startswith("on") and "xss" in value:
                found.append(f"<{element.name} {name}={value!r}>")
            squeezed = "".join(value.split()).lower()
            if name.lower() in URL_ATTRIBUTES and squeezed.startswith("javascript:"):
                found.append(f"<{element.name} {name}={value!r}>")
    return found


def text_of(html):
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all(["script", "style"]):
        script.decompose()
    return soup.get_text()


def assert_safe_page(response, shows=()):
    assert response.status_code == 200, response
    html = response.content.decode()
    assert not injections(html), (response.request["PATH_INFO"], injections(html))
    text = text_of(html)
    missing = [field for field in shows if visible(field) not in text]
    assert not missing, f"{response.request['PATH_INFO']} does not show {missing}"
    return html


@pytest.fixture
def site(db):
    """Payloads in every field editors fill, published in the German tree."""
    german = Locale.objects.get(language_code="de")
    home = HomePage.objects.get(depth=2, locale=german)
    image = wagtail_factories.ImageFactory(title=payload("image title"))
    document = ArchiveDocumentFactory(
        title=payload("document title"),
        text=f"Protokoll {SEARCH_WORD} {payload('document text')}",
    )
    footer = Footer.objects.get(locale=german, live=True)
    footer.tagline = payload("footer tagline")
    footer.contact = rich_text("footer contact", ["bold", "italic", "link"])
    footer.save()

    news_index = NewsIndexPage.objects.get(locale=german)
    news_index.intro = payload("news index lead")
    publish(news_index)
    archive = ArchiveIndexPage.objects.get(locale=german)
    archive.intro = payload("archive lead")
    publish(archive)
    home.intro = payload("home lead")
    publish(home)
    category = NewsCategoryFactory(name=payload("category"), slug="injektion")
    body = [
        {"type": "heading", "value": payload("heading")},
        {"type": "paragraph", "value": rich_text("paragraph", ["bold", "italic", "link"])},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": payload("alt text"), "decorative": False},
                "caption": payload("caption"),
            },
        },
        {
            "type": "quote",
            "value": {"text": payload("quote"), "attribution": payload("attribution")},
        },
        {"type": "document", "value": {"document": document.pk, "label": payload("link text")}},
        {"type": "document", "value": {"document": document.pk, "label": ""}},
        {
            "type": "call_to_action",
            "value": {"label": payload("button text"), "page": news_index.pk},
        },
    ]
    article = NewsPageFactory(
        parent=news_index,
        title=payload("news title"),
        slug="injektion",
        intro=f"{SEARCH_WORD} {payload('news lead')}",
        category=category,
        image=image,
        image_alt=payload("news alt text"),
        body=json.dumps(body[:2]),
        date=datetime.date.today(),  # the newest news: the home page's teaser shows it
    )
    article.tags.add(payload("tag"))
    publish(article)

    page = publish(
        StandardPageFactory(
            parent=home,
            title=payload("page title"),
            slug="injektion",
            seo_title=payload("seo title"),
            search_description=payload("search description"),
            intro=f"{SEARCH_WORD} {payload('page lead')}",
            show_in_menus=True,
            body=json.dumps(body),
        )
    )

    document_type = DocumentTypeFactory(
        name=payload("document type"), plural_name=payload("document type plural")
    )
    entry = make_entry(
        title=payload("entry title"),
        summary=f"{SEARCH_WORD} {payload('summary')}",
        parties=f"{payload('party')}\nStadt Düsseldorf",
        document_type=document_type,
        files=[(document, "de")],
        topics=[payload("topic")],
    )
    return {
        "page": page,
        "article": article,
        "entry": entry,
        "news_index": news_index,
        "archive": archive,
        "document": document,
        "image": image,
        "category": category,
        "document_type": document_type,
    }


def test_standard_page_shows_every_field_as_text(client, site):
    html = assert_safe_page(
        client.get(site["page"].url),
        shows=[
            "page title",
            "page lead",
            "heading",
            "paragraph",
            "caption",
            "quote",
            "attribution",
            "link text",
            "document title",
            "button text",
            "footer tagline",
            "footer contact",
        ],
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text().startswith(payload("seo title"))
    description = soup.find("meta", attrs={"name": "description"})
    assert description["content"] == payload("search description")
    assert payload("alt text") in [img.get("alt") for img in soup.find_all("img")]
    # The editor's `javascript:` link lost its URL (checked above); its text stayed.
    assert f"{SEARCH_WORD} {visible('paragraph')}" in text_of(html)


def test_arabic_page_isolating_latin_text_keeps_payloads_as_text(client, site):
    """Arabic pages re-serialise text to isolate Latin runs (home/bidi.py): the payloads,
    Latin script inside Arabic text, go through that and must stay text."""
    arabic = translate_page(
        site["page"],
        "ar",
        slug="haqn",
        title=f"صفحة {payload('arabic title')}",
        intro=f"مقدمة {payload('arabic lead')}",
    )
    html = assert_safe_page(
        client.get(arabic.url),
        shows=["arabic title", "arabic lead", "heading", "paragraph", "caption", "quote"],
    )
    assert "<bdi" in html  # the Latin runs were isolated, so the payloads went through it


def test_navigation_home_and_news_show_payloads_as_text(client, site):
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    assert_safe_page(client.get(home.url), shows=["home lead", "page title", "news title"])
    html = assert_safe_page(
        client.get(site["news_index"].url),
        shows=["news index lead", "news title", "news lead", "category"],
    )
    assert payload("news alt text") in [
        img.get("alt") for img in BeautifulSoup(html, "html.parser").find_all("img")
    ]
    assert_safe_page(client.get(site["news_index"].url, {"category": "injektion"}))
    tag = site["article"].tags.get()
    assert_safe_page(client.get(site["news_index"].url, {"tag": tag.slug}), shows=["news title"])
    assert_safe_page(
        client.get(site["article"].url),
        shows=["news title", "news lead", "category", "tag", "heading", "paragraph"],
    )


def test_archive_pages_and_search_show_payloads_as_text(client, site):
    archive = site["archive"].url
    assert_safe_page(
        client.get(archive),
        shows=["archive lead", "entry title", "document type", "topic", "summary"],
    )
    assert_safe_page(
        client.get(archive, {"q": SEARCH_WORD}), shows=["entry title", "document type"]
    )
    assert_safe_page(
        client.get(site["entry"].url),
        shows=["entry title", "summary", "party", "document type", "topic"],
    )
    assert_safe_page(
        client.get("/de/search/", {"q": SEARCH_WORD}),
        shows=["entry title", "page title", "news title"],
    )


@pytest.mark.parametrize("path", ["archive", "search"])
def test_json_search_results_are_json_with_escaped_snippets(client, site, path):
    url = site["archive"].url if path == "archive" else "/de/search/"
    response = client.get(url, {"q": SEARCH_WORD, "format": "json"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    results = response.json()["results"]
    titles = {result["title"] for result in results}
    assert payload("entry title") in titles  # plain text in JSON: the reader escapes it
    for result in results:
        # The snippet is HTML (matches in <mark>): the payload in it must be escaped.
        assert not injections(result["snippet"]), result
        assert "<script" not in result["snippet"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_carry_payloads_as_text(client, site, kind):
    response = client.get(site["news_index"].feed_url(kind))
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    elements = [element for element in root.iter() if element.text]
    # Titles are plain text (Atom's default type; RSS readers treat them so): once decoded
    # from XML they are the editor's text, whatever it contains.
    titles = [element.text for element in elements if element.tag.endswith("title")]
    assert payload("news title") in titles
    # RSS descriptions and Atom content of type "html" are rendered as HTML by feed
    # readers: decoded from XML, they must still be escaped HTML.
    html = [
        element.text
        for element in elements
        if element.tag == "description" or element.get("type") == "html"
    ]
    assert html
    for text in html:
        assert not injections(text), text
    assert any(visible("news lead") in text_of(text) for text in html)
    # The feed's own description: HTML in RSS, plain text (an Atom subtitle) in Atom.
    descriptions = [text_of(text) for text in html] + titles
    assert any(visible("news index lead") in text for text in descriptions)


def test_api_serves_payloads_as_json_only(client, site):
    response = client.get(f"/api/v2/pages/{site['article'].pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.json()["title"] == payload("news title")


@pytest.fixture
def admin(client, admin_user):
    client.force_login(admin_user)
    return client


def test_admin_listings_escape_payloads(admin, site):
    home = site["page"].get_parent()
    listings = {
        "explorer": (reverse("wagtailadmin_explore", args=[home.pk]), ["page title"]),
        "news": (reverse("wagtailadmin_explore", args=[site["news_index"].pk]), ["news title"]),
        "archive": (reverse("wagtailadmin_explore", args=[site["archive"].pk]), ["entry title"]),
        "search": (reverse("wagtailadmin_pages:search") + "?q=xss", ["page title", "news title"]),
        "documents": (reverse("wagtaildocs:index") + "?ordering=-created_at", ["document title"]),
        "images": (reverse("wagtailimages:index"), ["image title"]),
        "categories": (
            reverse("wagtailsnippets_news_newscategory:list"),
            ["category"],
        ),
        "document types": (
            reverse("wagtailsnippets_knowledge_documenttype:list"),
            ["document type"],
        ),
        "footers": (reverse("wagtailsnippets_home_footer:list"), ["footer tagline"]),
        "translations": (reverse("translation_status_report"), ["page title"]),
        "dashboard": (reverse("wagtailadmin_home"), []),
    }
    for name, (url, shows) in listings.items():
        response = admin.get(url)
        assert response.status_code == 200, (name, url)
        html = response.content.decode()
        assert not injections(html), (name, injections(html))
        text = text_of(html)
        assert all(f"«{field}»" in text for field in shows), (name, shows)


def test_admin_edit_forms_escape_payloads(admin, site):
    for page in (site["page"], site["article"], site["entry"]):
        response = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert not injections(html), (page, injections(html))


def test_translators_cannot_inject_script_into_a_translation(client, django_user_model):
    """The translation editor takes strings with inline markup and lets translators change
    a link's URL (an "override"): both are sent as the editor sends them, then published.
    A `javascript:` URL is refused (translation/overrides.py); an ordinary one is taken.

    wagtail-localize refuses markup in a translated string other than the source's own
    inline tags, so the strings try to break out of an attribute instead.
    """
    german = publish(
        StandardPageFactory(
            parent=HomePage.objects.get(depth=2, locale__language_code="de"),
            title="Brunnenprojekt",
            slug="brunnenprojekt",
            intro="Einleitung.",
            body=json.dumps(
                [
                    {
                        "type": "paragraph",
                        "value": '<p>Siehe <a href="https://example.org/">die Seite</a>.</p>',
                    }
                ]
            ),
        )
    )
    translator = make_translator(django_user_model, "fr")
    client.force_login(translator)
    translation = start_translation(german, "fr", user=translator)

    def quoted(field):
        return f'«{field}»" onmouseover="xss()" x=\''

    for segment in StringSegment.objects.filter(source=translation.source):
        field = segment.context.path.split(".")[0]
        value = {
            "slug": "projet-puits",
            "body": f'Voir <a id="a1">{quoted("link")}</a>.',
        }.get(field, quoted(field))
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(url, urlencode({"value": value}), content_type=FORM)
        assert response.status_code in (200, 201), response.content
    overrides = OverridableSegment.objects.filter(source=translation.source)
    assert overrides.exists()
    for segment in overrides:
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
        response = client.put(url, urlencode({"value": "javascript:xss()"}), content_type=FORM)
        assert response.status_code == 400, response.content
        assert "web address" in response.json()["value"][0]
        response = client.put(url, urlencode({"value": "https://example.fr/"}), content_type=FORM)
        assert response.status_code in (200, 201), response.content

    translation.save_target(user=translator, publish=True)
    french = german.get_translation(Locale.objects.get(language_code="fr"))
    french.get_latest_revision().publish()  # what the reviewer's approval does
    for response in (
        client.get(reverse("wagtailadmin_pages:view_draft", args=[french.pk])),
        client.get(french.url),
    ):
        html = assert_safe_page(response)
        # Shown as text: the title, the lead and the link's text, the link without its URL.
        shown = text_of(html)
        assert all(quoted(field) in shown for field in ("title", "intro")), shown
        assert f"Voir {quoted('link')}." in shown
    # The API hands rich text out as stored: the refused URL never got there.
    api = client.get(f"/api/v2/pages/{french.pk}/").text
    assert "https://example.fr/" in api and "javascript:" not in api
