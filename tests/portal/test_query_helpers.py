"""The helpers that save queries give the same answers as the queries they replace."""

import pytest
from django.db.models import Q
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from news.models import NewsPage, NewsPageRelatedNews
from portal.ancestry import ancestors, site_root
from privacy.restrictions import public
from tests.home.factories import StandardPageFactory, publish
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_public_matches_wagtails_public(home):
    open_page = StandardPageFactory(parent=home, title="Offen")
    locked = StandardPageFactory(parent=home, title="Verschlossen")
    below = StandardPageFactory(parent=locked, title="Darunter")
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    pages = Page.objects.filter(depth__gt=1)

    ours = set(public(pages).values_list("pk", flat=True))
    assert ours == set(pages.public().values_list("pk", flat=True))
    assert open_page.pk in ours
    assert not {locked.pk, below.pk} & ours
    # The demo's members' area is restricted in every language.
    members = Page.objects.filter(Q(slug="mitgliederbereich") | Q(slug="espace-membres"))
    assert members.exists() and not public(members).exists()


def test_ancestors_of_a_routed_page_cost_no_query(django_assert_num_queries):
    request = RequestFactory().get("/de/aktuelles/foerderverein-gegruendet/")
    request.LANGUAGE_CODE = "de"
    from django.utils import translation

    with translation.override("de"):
        page = Page.route_for_request(request, "/aktuelles/foerderverein-gegruendet/")[0]
    with django_assert_num_queries(0):
        found = ancestors(page)
    assert [p.pk for p in found] == [p.pk for p in page.get_ancestors().filter(depth__gte=2)]
    assert site_root(page).pk == found[0].pk


def test_ancestors_of_a_page_loaded_otherwise_are_queried_once(home, django_assert_num_queries):
    index = NewsIndexPageFactory(parent=home)
    article = NewsPage.objects.get(pk=NewsPageFactory(parent=index).pk)
    with django_assert_num_queries(1):
        assert [p.pk for p in ancestors(article)] == [home.pk, index.pk]
        assert ancestors(article) == ancestors(article)
    assert site_root(home) == home


def test_breadcrumbs_show_in_the_preview_of_a_new_article(home):
    index = NewsIndexPageFactory(parent=home, title="Meldungen")
    article = NewsPageFactory(parent=index, title="Entwurf")
    html = article.make_preview_request().content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert "Meldungen" in crumbs and 'aria-current="page">Entwurf<' in crumbs


def _related_titles(html):
    section = html.split('id="news-related-heading"')[1].split("</section>")[0]
    return [part.split("</a>")[0].rsplit(">", 1)[-1] for part in section.split("<a ")[1:]]


@pytest.mark.usefixtures("fragment_modes")
def test_related_news_keep_the_editors_order_live_and_in_preview(client, home):
    index = NewsIndexPageFactory(parent=home)
    first, second = (
        NewsPageFactory(parent=index, title="Erste"),
        NewsPageFactory(parent=index, title="Zweite"),
    )
    page = NewsPageFactory(parent=index, title="Hauptmeldung")
    page.related_news = [NewsPageRelatedNews(news=second), NewsPageRelatedNews(news=first)]
    publish(page)
    # On the site's own host, as Wagtail renders the preview: the same path and host, so the
    # preview must not take the live page's shared fragments.
    host = {"host": "localhost"}
    assert _related_titles(client.get(page.url, headers=host).text) == ["Zweite", "Erste"]

    draft = NewsPage.objects.get(pk=page.pk)
    draft.related_news = [NewsPageRelatedNews(news=first), NewsPageRelatedNews(news=second)]
    draft.save_revision()
    preview = draft.get_latest_revision_as_object().make_preview_request()
    assert _related_titles(preview.content.decode()) == ["Erste", "Zweite"]
    assert _related_titles(client.get(page.url, headers=host).text) == ["Zweite", "Erste"]


@pytest.mark.usefixtures("fragment_modes")
def test_related_news_follow_a_related_item_being_unpublished(client, home):
    """The related lists may come from the shared fragments: a publish renews them."""
    index = NewsIndexPageFactory(parent=home)
    linked = NewsPageFactory(parent=index, title="Verlinkt")
    page = NewsPageFactory(parent=index, title="Hauptmeldung")
    page.related_news = [NewsPageRelatedNews(news=linked)]
    publish(page)
    assert _related_titles(client.get(page.url).text) == ["Verlinkt"]
    assert _related_titles(client.get(page.url).text) == ["Verlinkt"]
    linked.unpublish()
    assert "Verlinkt" not in client.get(page.url).text
