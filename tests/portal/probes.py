"""The privacy probe and the parameter fuzz, shared by the tests and by ``bench/``.

* ``plant_secrets()`` puts members-only content in every place the portal keeps it: a
  restricted page with a translation and an old path, a password page, a restricted news
  item and archive entry, files and images in a restricted collection or used only by
  hidden pages. Every secret carries ``SECRET`` (searched for) and ``TOKEN`` (looked for
  in the answers) in its title, and ``TOKEN`` in its slug or file name.
* ``probe_privacy(client)`` asks every public channel as an anonymous visitor (pages in all
  languages, menus, site and archive search in HTML and JSON, facets, feeds, the sitemap,
  the API's listings, searches, detail and find views, permalinks, old paths, downloads and
  renditions) and counts a leak whenever an answer names a secret or hands one out.
* ``fuzz(client)`` sends ``HOSTILE_VALUES`` to every parameter of every public endpoint and
  the API, and counts the answers that are a server error (a search that finds nothing, a
  400 or a 404 are all fine answers to nonsense).

Both return a ``Tally`` (tries, 5xx, leaks and the failing requests).
"""

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import StringIO

#: The word the probe searches for; every secret's title holds it.
SECRET = "Geheimquitte"
#: The word that gives a secret away: in every secret's title, slug and file name, never in
#: a request of the probe (an answer that echoes the request cannot contain it by accident).
TOKEN = "Pflaumenmus"

#: Raw query-string values, already percent-encoded as a client sends them.
HOSTILE_VALUES = [
    "%00",
    "a%00b",
    "%22",  # "
    "Marrakesch%22",
    "a%22b",
    "%27",  # '
    "%27%22%29%28",
    "9223372036854775808",
    "99999999999999999999999999999999",
    "-1",
    "-9223372036854775809",
    "0",
    "1e309",
    "NaN",
    "%ff%fe",  # not UTF-8
    "%C3%28",  # an invalid UTF-8 sequence
    "%ED%A0%80",  # a UTF-16 surrogate in UTF-8
    "%E2%80%AE",  # right-to-left override
    "%1b%5b0m",  # a terminal escape
    "x" * 5000,
    "%D9%85" * 1500,  # 1,500 Arabic letters
    "..%2F..%2Fetc%2Fpasswd",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "*",
    "%25",
    "(a",
    "NEAR(a+b)",
    "",
]

#: Public endpoints and their parameters: (path, parameters). ``{entry}`` and ``{page}`` are
#: filled in with a public archive entry and a public page id.
ENDPOINTS = [
    ("/de/search/", ["q", "all", "lang", "page", "format"]),
    ("/ar/search/", ["q", "all", "page"]),
    ("/de/archiv/", ["q", "type", "year", "lang", "topic", "sort", "page", "format"]),
    ("/fr/archives/", ["q", "year", "page"]),
    ("/de/aktuelles/", ["category", "tag", "page"]),
    ("/de/aktuelles/rss/", ["category", "tag"]),
    ("/de/aktuelles/atom/", ["tag"]),
    ("/de/", ["page", "q"]),
    ("/de/archive/{entry}/", ["x"]),
    ("/de/login/", ["next"]),
    ("/sitemap.xml", ["p"]),
    ("/robots.txt", ["x"]),
    ("/healthz", ["x"]),
    (
        "/api/v2/pages/",
        [
            "search",
            "search_operator",
            "locale",
            "offset",
            "limit",
            "order",
            "type",
            "fields",
            "child_of",
            "descendant_of",
            "ancestor_of",
            "translation_of",
            "id",
            "title",
            "slug",
        ],
    ),
    ("/api/v2/pages/{page}/", ["fields", "locale", "type"]),
    ("/api/v2/pages/find/", ["html_path", "id"]),
    ("/api/v2/documents/", ["search", "offset", "limit", "order", "fields", "id", "title"]),
    ("/api/v2/documents/find/", ["id"]),
    ("/api/v2/images/", ["search", "offset", "limit", "order", "fields", "id", "title"]),
    ("/api/v2/images/find/", ["id"]),
]


@dataclass
class Tally:
    tries: int = 0
    errors: list = field(default_factory=list)  # (request, status) with status >= 500
    leaks: list = field(default_factory=list)  # (request, what leaked)

    def count(self, request, response, leaked=None):
        self.tries += 1
        if response.status_code >= 500:
            self.errors.append((request, response.status_code))
        if leaked:
            self.leaks.append((request, leaked))

    def summary(self) -> str:
        return f"tries {self.tries}, 5xx {len(self.errors)}, leaks {len(self.leaks)}"


def fuzz(client, values=HOSTILE_VALUES, endpoints=None) -> Tally:
    """Every hostile value in every parameter, then the parameter as an array (``name[]=``)
    and twice; last, a parameter name that is NUL and one that is not UTF-8."""
    from wagtail.models import Page

    from knowledge.models import ArchiveEntryPage

    entry = ArchiveEntryPage.objects.live().public().filter(locale__language_code="de").first()
    page = Page.objects.live().public().filter(depth__gt=1).first()
    tally = Tally()
    client.raise_request_exception = False
    for path, names in endpoints or ENDPOINTS:
        path = path.format(entry=entry.pk if entry else 0, page=page.pk)
        for name in names:
            queries = [f"{name}={value}" for value in values]
            queries += [f"{name}[]=a&{name}[]=", f"{name}=a&{name}=b"]
            for query in queries:
                response = client.get(path, QUERY_STRING=query)
                tally.count(f"{path}?{query[:80]}", response)
        response = client.get(path, QUERY_STRING="%00=1&%ff=%ff")
        tally.count(f"{path}?%00=1&%ff=%ff", response)
    return tally


@contextmanager
def demo_database():
    """A throw-away test database with the demo content, for the scripts under bench/."""
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        print(f"Loading the demo content ({connection.vendor}) …", flush=True)
        call_command("load_demo", stdout=StringIO())
        yield connection.vendor
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


# --- the privacy probe -------------------------------------------------------------------------


def plant_secrets():
    """Members-only content in every place; returns what a probe must never see."""
    import wagtail_factories
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Locale, PageViewRestriction

    from home.models import HomePage
    from news.models import NewsIndexPage
    from tests.home.factories import StandardPageFactory, publish, translate_page
    from tests.knowledge.factories import ArchiveDocumentFactory, make_entry
    from tests.news.factories import NewsPageFactory
    from tests.privacy.factories import restrict, restricted_collection

    german = Locale.objects.get(language_code="de")
    home = HomePage.objects.get(depth=2, locale=german)
    closed = restricted_collection(name=f"{SECRET} {TOKEN} Sammlung")
    collection_file = ArchiveDocumentFactory(
        title=f"{SECRET} {TOKEN} Sammlungsdatei",
        text=f"{SECRET} {TOKEN} Sammlungstext",
        filename=f"{TOKEN}-c.txt",
    )
    collection_file.collection = closed
    collection_file.save()
    page_file = ArchiveDocumentFactory(
        title=f"{SECRET} {TOKEN} Seitendatei",
        text=f"{SECRET} {TOKEN} Seitentext",
        filename=f"{TOKEN}-p.txt",
    )
    image = wagtail_factories.ImageFactory(
        title=f"{SECRET} {TOKEN} Bild", file=get_test_image_file(filename=f"{TOKEN}.png")
    )
    closed_image = wagtail_factories.ImageFactory(
        title=f"{SECRET} {TOKEN} Sammlungsbild",
        file=get_test_image_file(filename=f"{TOKEN}-s.png"),
        collection=closed,
    )
    body = json.dumps(
        [
            {"type": "paragraph", "value": f"<p>{SECRET} Absatz</p>"},
            {
                "type": "document",
                "value": {"document": page_file.pk, "label": f"{SECRET} {TOKEN} PDF"},
            },
        ]
    )
    page = publish(
        StandardPageFactory(
            parent=home,
            title=f"{SECRET} {TOKEN} Seite",
            slug=f"{TOKEN.lower()}-seite",
            intro=f"{SECRET} {TOKEN} Einleitung",
            show_in_menus=True,
            body=body,
        )
    )
    french = translate_page(
        page, "fr", title=f"{SECRET} {TOKEN} page", slug=f"{TOKEN.lower()}-page", show_in_menus=True
    )
    Redirect.add_redirect(f"/fr/{page.slug}", french)
    restrict(page)
    password_page = publish(
        StandardPageFactory(
            parent=home, title=f"{SECRET} {TOKEN} Passwort", slug=f"{TOKEN.lower()}-pw"
        )
    )
    restrict(password_page, PageViewRestriction.PASSWORD, password="Quittenmus")
    index = NewsIndexPage.objects.get(locale=german)
    news = publish(
        NewsPageFactory(
            parent=index,
            title=f"{SECRET} {TOKEN} Meldung",
            slug=f"{TOKEN.lower()}-meldung",
            intro=f"{SECRET} {TOKEN} Meldungstext",
            image=image,
        )
    )
    news.tags.add(f"{TOKEN}-tag")
    restrict(news)
    entry = make_entry(
        title=f"{SECRET} {TOKEN} Protokoll",
        slug=f"{TOKEN.lower()}-protokoll",
        summary=f"{SECRET} {TOKEN} Zusammenfassung",
        files=[(page_file, "de")],
        topics=[f"{SECRET} {TOKEN} Thema"],
    )
    restrict(entry)
    public_entry = make_entry(
        title="Öffentliches Quittenprotokoll",
        slug="oeffentliches-quittenprotokoll",
        summary="Quitten für alle",
        files=[(collection_file, "fr")],
    )
    return {
        "pages": [page, french, password_page, news, entry],
        "documents": [collection_file, page_file],
        "images": [image, closed_image],
        "public_entry": public_entry,
        "old_paths": [f"/fr/{page.slug}/"],
    }


def _leaked(url, response):
    """Whether the answer to *url* gives a secret away: ``TOKEN``, in any letter case,
    anywhere but in the echo of the request itself (a search form showing the query, the
    links of a "not found" page to the same path in other languages, ``next=``)."""
    from html import escape
    from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

    parts = urlsplit(url)
    echoes = {parts.path, quote(parts.path), quote(parts.path, safe="")}
    echoes |= {segment for segment in parts.path.split("/") if len(segment) > 3}
    for _name, value in parse_qsl(parts.query):
        echoes |= {value, quote_plus(value), quote(value), escape(value), escape(value, False)}
    body = response.content.decode("utf-8", "replace") + " " + response.get("Location", "")
    for echo in sorted(filter(None, echoes), key=len, reverse=True):
        body = body.replace(echo, " ")
    return "names a secret" if TOKEN.lower() in body.lower() else None


def probe_privacy(client, secrets) -> Tally:
    """Every public channel, as an anonymous visitor; a leak is a secret named or served."""
    from knowledge.models import ArchiveIndexPage
    from news.models import NewsIndexPage

    client.raise_request_exception = False
    tally = Tally()

    def ask(url, *, served_is_leak=False, **extra):
        response = client.get(url, **extra)
        leaked = _leaked(url, response)
        # A password form (200, naming nothing) is the answer a password page owes.
        password_form = b'name="password"' in response.content
        if served_is_leak and response.status_code == 200 and not password_form:
            leaked = leaked or "served"
        tally.count(url, response, leaked)
        return response

    words = [SECRET, f"{SECRET} Seite", f'"{SECRET}', f"{SECRET.lower()}*", "Quitte"]
    languages = ("de", "fr", "ar", "en")
    for language in languages:
        ask(f"/{language}/")
        for word in words:
            for extra in ({}, {"format": "json"}, {"all": "1"}, {"all": "1", "format": "json"}):
                ask(f"/{language}/search/?" + _query({"q": word, **extra}))
    for archive in ArchiveIndexPage.objects.live():
        url = archive.url
        ask(url)
        ask(url + "?format=json")
        for word in words:
            ask(url + "?" + _query({"q": word}))
            ask(url + "?" + _query({"q": word, "format": "json"}))
        ask(url + "?" + _query({"topic": f"{TOKEN.lower()}-thema", "format": "json"}))
    for index in NewsIndexPage.objects.live():
        for suffix in ("", "rss/", "atom/", f"?tag={TOKEN.lower()}-tag"):
            ask(index.url + suffix)
    ask("/sitemap.xml")
    ask("/robots.txt")
    for endpoint in ("pages", "documents", "images"):
        ask(f"/api/v2/{endpoint}/?limit=20")
        for offset in range(0, 200, 20):
            ask(f"/api/v2/{endpoint}/?limit=20&offset={offset}")
        for word in words:
            ask(f"/api/v2/{endpoint}/?" + _query({"search": word}))
    ask("/api/v2/pages/?" + _query({"slug": f"{TOKEN.lower()}-seite"}))
    ask("/api/v2/pages/?" + _query({"title": f"{SECRET} {TOKEN} Seite"}))
    for page in secrets["pages"]:
        ask(page.url, served_is_leak=True)
        ask(f"/api/v2/pages/{page.pk}/", served_is_leak=True)
        ask(f"/api/v2/pages/find/?id={page.pk}", served_is_leak=True)
        ask("/api/v2/pages/find/?" + _query({"html_path": page.url[3:]}), served_is_leak=True)
        for language in languages:
            ask(f"/{language}/archive/{page.pk}/", served_is_leak=True)
            ask(f"/{language}/{page.slug}/", served_is_leak=True)
    for path in secrets["old_paths"]:
        ask(path, served_is_leak=True)
    for document in secrets["documents"]:
        ask(document.url, served_is_leak=True)
        ask(f"/api/v2/documents/{document.pk}/", served_is_leak=True)
    for image in secrets["images"]:
        ask(f"/api/v2/images/{image.pk}/", served_is_leak=True)
        ask(image.file.url, served_is_leak=True)
    public = secrets["public_entry"]
    ask(public.url)
    ask(f"/api/v2/pages/{public.pk}/")
    ask(f"/de/archive/{public.pk}/")
    for secret_document in secrets["documents"]:
        response = client.get(public.url)
        if secret_document.url in response.content.decode():
            tally.leaks.append((public.url, f"lists {secret_document.url}"))
    ask("/healthz")
    return tally


def _query(params):
    from urllib.parse import urlencode

    return urlencode(params)
