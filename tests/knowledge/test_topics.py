"""Topics in the visitor's language, with readable filter slugs that work in every language."""

import pytest
from wagtail.models import Locale

from knowledge.models import ArchiveIndexPage, Topic

from .factories import make_entry

pytestmark = pytest.mark.django_db


def _archive(language):
    return ArchiveIndexPage.objects.get(locale__language_code=language).url


def _json(client, language, **params):
    response = client.get(_archive(language), {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def _topics(data):
    facet = next((facet for facet in data["facets"] if facet["name"] == "topic"), {"options": []})
    return {option["value"]: option["label"] for option in facet["options"]}


@pytest.fixture
def twinning():
    entry = make_entry(
        title="Städtepartnerschaftsvertrag", summary="Guavenernte", topics=["Städtepartnerschaft"]
    )
    make_entry(title="Andere Guavenernte", summary="Guavenernte", topics=["Guavenkunde"])
    return entry


def _translate(topic, language, name, callbacks):
    with callbacks(execute=True):
        translated = topic.copy_for_translation(Locale.objects.get(language_code=language))
        translated.name = name
        translated.save()
    return translated


def test_a_tag_becomes_a_topic_with_a_readable_slug(client, twinning):
    topic = Topic.objects.get(name="Städtepartnerschaft")
    assert topic.slug == "staedtepartnerschaft"
    assert topic.locale == Locale.get_default()
    data = _json(client, "de", q="Guavenernte")
    assert _topics(data) == {
        "staedtepartnerschaft": "Städtepartnerschaft",
        "guavenkunde": "Guavenkunde",
    }
    filtered = _json(client, "de", q="Guavenernte", topic="staedtepartnerschaft")
    assert [result["title"] for result in filtered["results"]] == ["Städtepartnerschaftsvertrag"]


def test_an_old_link_with_the_tags_own_slug_still_filters(client, twinning):
    tag = twinning.topics.get()
    data = _json(client, "de", q="Guavenernte", topic=tag.slug)
    assert [result["title"] for result in data["results"]] == ["Städtepartnerschaftsvertrag"]


@pytest.mark.parametrize(
    ("language", "name"),
    [("fr", "Jumelage des villes"), ("ar", "توأمة المدن"), ("en", "Town twinning")],
)
def test_a_translated_topic_is_shown_and_found_in_its_language(
    client, twinning, django_capture_on_commit_callbacks, language, name
):
    topic = Topic.objects.get(name="Städtepartnerschaft")
    _translate(topic, language, name, django_capture_on_commit_callbacks)
    data = _json(client, language, q="Guavenernte")
    assert _topics(data)["staedtepartnerschaft"] == name
    # The same slug filters in every language; the topic's name finds its entries.
    filtered = _json(client, language, q="Guavenernte", topic="staedtepartnerschaft")
    assert [result["title"] for result in filtered["results"]] == ["Städtepartnerschaftsvertrag"]
    found = _json(client, language, q=name)
    assert "Städtepartnerschaftsvertrag" in {result["title"] for result in found["results"]}


def test_the_entry_page_shows_its_topics_in_the_pages_language(
    client, twinning, django_capture_on_commit_callbacks
):
    html = client.get(twinning.url).text
    assert '?topic=staedtepartnerschaft">Städtepartnerschaft</a>' in html
    topic = Topic.objects.get(name="Städtepartnerschaft")
    _translate(topic, "fr", "Jumelage", django_capture_on_commit_callbacks)
    french = twinning.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    )
    french.save_revision().publish()
    html = client.get(french.url).text
    assert '?topic=staedtepartnerschaft">Jumelage</a>' in html


def test_an_entry_with_several_new_tags_gets_one_topic_each(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(title="Mehrere Themen", topics=["Feigenkunde", "Dattelkunde", "Olivenkunde"])
    names = Topic.objects.filter(name__endswith="kunde").values_list("name", flat=True)
    assert sorted(names) == ["Dattelkunde", "Feigenkunde", "Olivenkunde"]
