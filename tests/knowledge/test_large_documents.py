"""A very long document reaches Wagtail's index capped, and never blocks the others."""

import random
import string

import pytest
from django.urls import reverse

from knowledge.models import ArchiveDocument
from knowledge.search.limits import MAX_BODY_CHARS
from knowledge.tasks import index_extracted_documents

from .factories import ArchiveDocumentFactory

pytestmark = pytest.mark.django_db


def _many_distinct_words(chars: int, seed: int = 6000) -> str:
    """Text of *chars* characters made of distinct random words: ~2 MB of tsvector lexemes,
    as a 6,000-page report gives."""
    rng = random.Random(seed)
    words, length = [], 0
    while length < chars:
        word = "".join(rng.choices(string.ascii_lowercase, k=9))
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _waiting_for_index(**texts):
    """Documents (title: text) whose text is stored but not yet in Wagtail's index.

    Created first and marked afterwards: each extraction runs the index task (immediate
    backend in tests), which would index the ones marked before."""
    documents = [ArchiveDocumentFactory(title=title, text="Platzhalter.") for title in texts]
    for document, text in zip(documents, texts.values(), strict=True):
        ArchiveDocument.objects.filter(pk=document.pk).update(
            extracted_text=text, text_indexed=False
        )
    return documents


def _admin_finds(admin_client, word):
    response = admin_client.get(reverse("wagtaildocs:index"), {"q": word})
    return response.status_code, response.text


@pytest.mark.postgres
def test_a_huge_document_is_indexed_capped_and_the_next_one_too(admin_client):
    huge_text = "Kamelkarawane " + _many_distinct_words(2_000_000)
    huge, small = _waiting_for_index(
        **{"Sechstausend Seiten": huge_text, "Kleiner Vermerk": "Ein Dattelhain am Stadtrand."}
    )

    indexed = index_extracted_documents.call()

    assert indexed == 2
    assert not ArchiveDocument.objects.filter(text_indexed=False).exists()
    assert ">Sechstausend Seiten</span>" in _admin_finds(admin_client, "Kamelkarawane")[1]
    assert ">Kleiner Vermerk</span>" in _admin_finds(admin_client, "Dattelhain")[1]
    huge.refresh_from_db()
    assert len(huge.extracted_text) == len(huge_text)  # the stored text stays complete
    assert len(huge.indexed_text()) == MAX_BODY_CHARS
    assert huge.extraction_reason == "" and small.extraction_reason == ""


def test_a_document_the_index_refuses_is_marked_and_the_others_go_on(
    admin_client, monkeypatch, caplog
):
    bad, good = _waiting_for_index(
        Unindizierbar="Granatapfel im Garten.", Indizierbar="Feigenbaum im Garten."
    )
    real_indexed_text = ArchiveDocument.indexed_text

    def refusing(document):
        if document.pk == bad.pk:
            raise ValueError("string is too long for tsvector")
        return real_indexed_text(document)

    monkeypatch.setattr(ArchiveDocument, "indexed_text", refusing)

    indexed = index_extracted_documents.call()

    assert indexed == 1
    assert ">Indizierbar</span>" in _admin_finds(admin_client, "Feigenbaum")[1]
    bad.refresh_from_db()
    good.refresh_from_db()
    assert (bad.extraction_reason, good.extraction_reason) == ("index_failed", "")
    assert not ArchiveDocument.objects.filter(text_indexed=False).exists()
    assert f"1 could not be indexed and are marked: {bad.pk}" in caplog.text
    monkeypatch.undo()
    status, listing = _admin_finds(admin_client, "Unindizierbar")
    assert status == 200
    assert "could not be added to the admin&#x27;s document search" in listing
