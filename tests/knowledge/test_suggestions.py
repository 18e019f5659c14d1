""" "Meinten Sie …?": misspelt queries get a corrected query, never with members-only words."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from knowledge.models import ArchiveWord
from knowledge.search import vocabulary

from .factories import ArchiveDocumentFactory, make_entry

pytestmark = pytest.mark.django_db

ARCHIVE = "/de/archiv/"


def _suggestion(client, query, **params):
    response = client.get(ARCHIVE, {"q": query, "format": "json", **params})
    assert response.status_code == 200
    return response.json()["suggestion"]


@pytest.fixture
def declaration():
    document = ArchiveDocumentFactory(
        text="Absichtserklärung über die Partnerschaft mit Marrakesch und den Kumquathainen."
    )
    return make_entry(title="Erklärung Kumquathain", files=[(document, "de")])


def test_a_misspelt_word_gets_the_word_of_the_archive(client, declaration):
    assert _suggestion(client, "Marakesch") == "Marrakesch"
    assert _suggestion(client, "Absichtserklaerunh") == "Absichtserklärung"
    assert _suggestion(client, "Kumquathian") == "Kumquathain"


def test_the_other_words_of_the_query_stay_as_typed(client, declaration):
    assert _suggestion(client, "Partnerschaft Kumquathian") == "Partnerschaft Kumquathain"


def test_the_page_offers_the_corrected_query_as_a_link(client, declaration):
    html = client.get(ARCHIVE, {"q": "Kumquathian", "year": "2021"}).text
    assert "Meinten Sie" in html
    assert '<a href="?q=Kumquathain&amp;year=2021" rel="nofollow">Kumquathain</a>' in html
    french = client.get("/fr/archives/", {"q": "Kumquathian"})
    if french.status_code == 200:
        assert "Vouliez-vous dire" in french.text


def test_no_suggestion_when_the_query_finds_enough_or_nothing_is_close(client, declaration):
    for number in range(3):
        make_entry(title=f"Kumquathain {number}")
    assert _suggestion(client, "Kumquathain") is None
    assert _suggestion(client, "Xylophonwerkstatt") is None
    assert _suggestion(client, "") is None


def _members_only_entry():
    return make_entry(title="Vorstandsinterna", summary="Das Quittengeleerezept des Vorstands.")


def test_a_word_only_members_only_entries_use_is_never_suggested(client, django_user_model):
    secret = _members_only_entry()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    assert _suggestion(client, "Quitengeleerezept") is None
    client.force_login(django_user_model.objects.create_user("mitglied9", password="x"))
    assert _suggestion(client, "Quitengeleerezept") is None
    assert not ArchiveWord.objects.filter(word="quittengeleerezept").exists()


def test_restricting_an_entry_later_takes_its_words_out_and_lifting_it_puts_them_back(client):
    entry = _members_only_entry()
    assert _suggestion(client, "Quitengeleerezept") == "Quittengeleerezept"
    restriction = PageViewRestriction.objects.create(
        page=entry, restriction_type=PageViewRestriction.LOGIN
    )
    assert _suggestion(client, "Quitengeleerezept") is None
    restriction.delete()
    assert _suggestion(client, "Quitengeleerezept") == "Quittengeleerezept"


def test_a_word_only_in_a_members_only_file_is_never_suggested(client):
    collection = Collection.get_first_root_node().add_child(name="Intern Vokabular")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private = ArchiveDocumentFactory(text="Mispelkompottrezept", collection=collection)
    make_entry(title="Mispeln", files=[(private, "de")])
    assert _suggestion(client, "Mispelkompotrezept") is None


def test_unpublished_and_deleted_entries_leave_the_vocabulary(client):
    entry = make_entry(title="Papayablütenfest")
    assert ArchiveWord.objects.filter(word="papayablutenfest").exists()
    entry.unpublish()
    assert not ArchiveWord.objects.filter(word="papayablutenfest").exists()
    entry.save_revision().publish()
    entry.delete()
    assert not ArchiveWord.objects.filter(word="papayablutenfest").exists()


def test_the_kept_counts_equal_a_recount(client, declaration):
    entry = make_entry(title="Kumquathain zwei", summary="Marrakesch")
    entry.summary = "Neue Fassung ohne das Wort"
    entry.save_revision().publish()
    PageViewRestriction.objects.create(page=declaration, restriction_type=PageViewRestriction.LOGIN)
    kept = dict(ArchiveWord.objects.values_list("word", "entries"))
    vocabulary.recount()
    assert dict(ArchiveWord.objects.values_list("word", "entries")) == kept


def test_hostile_queries_get_an_escaped_suggestion(client, declaration):
    response = client.get(ARCHIVE, {"q": 'Kumquathian "><'})
    assert response.status_code == 200
    assert 'rel="nofollow">Kumquathain &quot;&gt;&lt;</a>' in response.text
    assert '"><</a>' not in response.text
    data = client.get(ARCHIVE, {"q": "Kumquathian\x00", "format": "json"}).json()
    assert data["suggestion"] == "Kumquathain"


@pytest.mark.postgres
def test_a_word_found_through_the_stemmer_is_not_corrected(client, declaration):
    assert _suggestion(client, "Kumquathaine") is None  # found through the stem of the title
