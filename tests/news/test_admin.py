import pytest
from django.contrib.auth import get_user_model

from home.models import HomePage
from news.models import NewsCategory, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chef", "chef@example.invalid", "x")
    client.force_login(user)
    return client


def test_news_types_fit_the_page_tree(home):
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert not NewsIndexPage.can_create_at(home)  # one index per locale, and it exists
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]


def test_editors_can_open_the_news_forms(admin_client, demo_index):
    index = demo_index["de"]
    article = NewsPage.objects.child_of(index).first()
    category = NewsCategory.objects.filter(locale=index.locale).first()
    for url in (
        f"/admin/pages/add/news/newspage/{index.pk}/",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{index.pk}/edit/",
        "/admin/snippets/news/newscategory/",
        f"/admin/snippets/news/newscategory/edit/{category.pk}/",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
