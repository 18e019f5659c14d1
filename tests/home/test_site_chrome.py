"""What every page carries around its content, as a visitor sees it: the header's search
box, the members' links, breadcrumbs, the language switcher that keeps a search, the demo
notice editors switch off, and the home page's hero and cards."""

import pytest
import wagtail_factories
from django.urls import reverse

from home.models import DemoNotice, HomePage
from knowledge.models import ArchiveIndexPage
from news.models import NewsPage
from portal.roles import MITGLIEDER
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.usefixtures("fragment_modes")

LANGUAGES = ("de", "fr", "ar", "en")


def _header(html):
    return html.split('<header class="site-header">')[1].split("</header>")[0]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_has_a_search_box_leading_to_the_site_search(client, db, code):
    for url in (f"/{code}/", f"/{code}/search/?q=Marrakesch", f"/{code}/login/"):
        header = _header(client.get(url).content.decode())
        assert f'action="/{code}/search/"' in header, url
        assert 'type="search" name="q"' in header, url


def test_the_search_box_keeps_the_query_on_the_search_page(client, db):
    header = _header(client.get("/de/search/?q=Satzung").content.decode())
    assert 'value="Satzung"' in header


def test_anonymous_visitors_get_a_sign_in_link_to_the_members_area(client, db):
    header = _header(client.get("/de/").content.decode())
    assert 'href="/de/login/?next=/de/mitgliederbereich/"' in header
    assert "Anmeldung für Mitglieder" in header
    assert "Abmelden" not in header
    assert "Mitgliederbereich<" not in header


def test_signed_in_members_get_their_area_and_sign_out_in_the_menu(client, db):
    client.force_login(UserFactory(groups=[MITGLIEDER]))
    header = _header(client.get("/fr/").content.decode())
    assert '<a href="/fr/espace-membres/">Espace membres</a>' in header
    assert f'action="{reverse("logout")}"'.replace("/de/", "/fr/") in header
    assert "Se déconnecter" in header
    response = client.post("/fr/logout/", {"next": "/fr/"})
    assert response.status_code == 302
    assert "Se déconnecter" not in _header(client.get("/fr/").content.decode())


def test_no_sign_in_link_without_a_members_area(client, db):
    from home.models import StandardPage

    StandardPage.objects.filter(slug="mitgliederbereich").get().unpublish()
    assert "/de/login/" not in _header(client.get("/de/").content.decode())


def test_the_members_login_addresses_visitors_formally(client, db):
    html = client.get("/de/login/").content.decode()
    assert "Melden Sie sich an" in html
    assert "Melde dich" not in html


@pytest.mark.parametrize(("code", "root"), [("de", "Startseite"), ("fr", "Accueil")])
def test_the_breadcrumb_root_is_called_home(client, db, code, root):
    article = NewsPage.objects.live().filter(locale__language_code=code).first()
    html = client.get(article.url).content.decode()
    trail = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    home = HomePage.objects.get(locale__language_code=code)
    assert f'<a href="{home.url}">{root}</a>' in trail
    assert home.title not in trail


def _switcher(html):
    return html.split('class="language-switcher"')[1].split("</nav>")[0]


def test_switching_language_on_an_archive_search_keeps_query_and_filters(client, db):
    german = ArchiveIndexPage.objects.get(locale__language_code="de")
    french = ArchiveIndexPage.objects.get(locale__language_code="fr")
    html = client.get(german.url + "?q=Marrakesch&year=2022&page=2").content.decode()
    assert f'href="{french.url}?q=Marrakesch&amp;year=2022"' in _switcher(html)
    # the alternates search engines read stay the plain pages
    assert f'hreflang="fr" href="http://testserver{french.url}"' in html


def test_switching_language_on_the_site_search_keeps_the_query(client, db):
    html = client.get("/de/search/?q=Satzung").content.decode()
    assert 'href="/ar/search/?q=Satzung"' in _switcher(html)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_demo_notice_shows_until_an_editor_switches_it_off(client, db, code):
    notice = {
        "de": "Dieses Portal zeigt Demo-Inhalte.",
        "fr": "Ce portail présente un contenu de démonstration.",
        "ar": "تعرض هذه البوابة محتوى تجريبيًا.",
        "en": "This portal shows demo content.",
    }[code]
    assert notice in client.get(f"/{code}/").content.decode()
    assert notice in client.get(f"/{code}/search/?q=x").content.decode()

    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    form = client.get(reverse("wagtailsettings:edit", args=["home", "demonotice"]), follow=True)
    assert form.status_code == 200
    assert "show_notice" in form.content.decode()
    response = client.post(form.redirect_chain[-1][0], {})  # the box unticked
    assert response.status_code == 302
    assert DemoNotice.shown() is False
    client.logout()
    assert notice not in client.get(f"/{code}/").content.decode()


def test_without_a_hero_image_the_home_page_shows_the_portals_illustration(client, db):
    html = client.get("/de/").content.decode()
    hero = html.split('class="hero__media"')[1].split("</figure>")[0]
    assert "portal/img/hero" in hero and ".svg" in hero


def test_the_hero_image_comes_in_modern_formats_and_several_widths(client, db):
    image = wagtail_factories.ImageFactory(file__width=2000, file__height=1200)
    home = HomePage.objects.get(locale__language_code="de")
    home.hero_image = image
    home.hero_image_alt = "Rheinufer am Abend"
    home.save_revision().publish()
    html = client.get("/de/").content.decode()
    hero = html.split('class="hero__media"')[1].split("</figure>")[0]
    assert 'type="image/avif"' in hero and 'type="image/webp"' in hero
    assert "640w" in hero and "1440w" in hero and ".format-avif.avif" in hero
    assert 'alt="Rheinufer am Abend"' in hero


def test_the_home_page_shows_the_newest_archive_entries_as_cards(client, db):
    html = client.get("/fr/").content.decode()
    teaser = html.split('class="archive-teaser"')[1].split("</section>")[0]
    assert teaser.count('class="card card--entry"') >= 3
    # not translated yet: shown in German, marked as such
    assert 'lang="de"' in teaser
