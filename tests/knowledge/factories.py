import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Locale

from knowledge.models import (
    ArchiveDocument,
    ArchiveEntryFile,
    ArchiveEntryPage,
    ArchiveIndexPage,
    DocumentType,
)


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dokumenttyp {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = DocumentType


class ArchiveDocumentFactory(factory.django.DjangoModelFactory):
    """A text document; the immediate task backend extracts it while it is saved."""

    title = factory.Sequence(lambda n: f"Dokument {n}")

    class Meta:
        model = ArchiveDocument

    class Params:
        text = "Die Partnerschaft zwischen Düsseldorf und Marrakesch."
        filename = "dokument.txt"
        content = None

    @factory.lazy_attribute
    def file(self):
        data = self.content if self.content is not None else self.text.encode()
        return ContentFile(data, name=self.filename)


class ArchiveEntryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Eintrag {n}")
    date = datetime.date(2021, 3, 4)
    summary = "Eine Zusammenfassung."

    class Meta:
        model = ArchiveEntryPage


def german_archive():
    return ArchiveIndexPage.objects.get(locale=Locale.get_default())


def make_entry(parent=None, *, files=(), topics=(), publish=True, **fields):
    """An entry below *parent* (the German demo archive by default) with files given as
    (document, language) pairs, saved the way the editor's publish button saves it."""
    parent = parent or german_archive()
    fields.setdefault("title", factory.Faker._get_faker().sentence(nb_words=4))
    entry = ArchiveEntryPage(date=fields.pop("date", datetime.date(2021, 3, 4)), **fields)
    entry.live = False
    parent.add_child(instance=entry)
    for document, language in files:
        entry.files.add(ArchiveEntryFile(document=document, language=language))
    if topics:
        entry.topics.add(*topics)
    revision = entry.save_revision()
    if publish:
        revision.publish()
    entry.refresh_from_db()
    return entry
