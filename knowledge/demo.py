"""Demo archive: the index page in four languages and the demo documents, generated as
PDF (and one DOCX) and loaded through the same import path editors use.

Idempotent: the index page is created only if missing, a document only while no entry of
its title is in the German archive, translations only where none exist yet.
"""

import csv
import datetime
import logging
import tempfile
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from home.demo_records import first_time, remember
from home.models import HomePage
from portal.demo_translation import translate

from . import demo_content as content
from . import demo_library as library
from .importer import import_folder
from .models import ArchiveEntryPage, ArchiveIndexPage, DocumentType

SOURCE = "de"
TARGETS = ("fr", "ar", "en")
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian: fonts-dejavu-core
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
)
# Fixed, so that the generated files (and their checksums) are the same on every run.
CREATED = datetime.datetime(2024, 1, 15, 12, 0, tzinfo=datetime.UTC)


def _memory():
    memory = {}
    for texts in (content.INDEX["title"], content.INDEX["slug"], content.INDEX["intro"]):
        memory[texts[SOURCE]] = {code: texts[code] for code in TARGETS}
    for german, translations in {**content.DOCUMENT_TYPES, **library.DOCUMENT_TYPES}.items():
        memory[german] = translations
    return memory


def _font():
    return next((path for path in FONT_CANDIDATES if Path(path).is_file()), None)


def write_pdf(path: Path, paragraphs: list[str], language: str) -> Path:
    from fpdf import FPDF

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # subsetting chatter
    document = FPDF()
    document.set_creation_date(CREATED)
    document.set_title(paragraphs[0])
    document.set_lang(language)
    font = _font()
    if language == "ar":
        if font is None:  # no Arabic glyphs available: ship the text as a plain file
            path = path.with_suffix(".txt")
            path.write_text("\n\n".join([content.DEMO_NOTICE[language], *paragraphs]))
            return path
        document.add_font("body", fname=font)
        document.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab")
        align = "R"
    else:
        if font:
            document.add_font("body", fname=font)
        align = "L"
    family = "body" if font else "helvetica"
    document.add_page()
    document.set_font(family, size=9)
    document.multi_cell(0, 5, content.DEMO_NOTICE[language], align=align)
    document.ln(4)
    document.set_font(family, size=15)
    document.multi_cell(0, 8, paragraphs[0], align=align)
    document.ln(3)
    document.set_font(family, size=11)
    for paragraph in paragraphs[1:]:
        document.multi_cell(0, 6, paragraph, align=align)
        document.ln(3)
    path.write_bytes(bytes(document.output()))
    return path


def write_scan(path: Path, paragraphs: list[str], language: str) -> Path:
    """A scanned paper: the text drawn onto a slightly grey page image, the PDF holding only
    that image (no text layer), as a scanner makes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font_path = _font()
    width, height, margin = 1240, 1754, 110  # A4 at 150 dpi
    page = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(page)

    def font(size):
        return ImageFont.truetype(font_path, size) if font_path else ImageFont.load_default()

    y = margin
    for number, paragraph in enumerate([content.DEMO_NOTICE[language], *paragraphs]):
        face = font(34 if number == 1 else 24)
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=face) > width - 2 * margin and line:
                draw.text((margin, y), line, fill=30, font=face)
                y += int(face.size * 1.5)
                line = word
            else:
                line = candidate
        draw.text((margin, y), line, fill=30, font=face)
        y += int(face.size * 2.2)
    image_path = path.with_suffix(".png")
    page.save(image_path)
    document = FPDF()
    document.set_creation_date(CREATED)
    document.add_page()
    document.image(str(image_path), x=0, y=0, w=210, h=297)
    path.write_bytes(bytes(document.output()))
    image_path.unlink()
    return path


def write_docx(path: Path, paragraphs: list[str], language: str) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.created = CREATED.replace(tzinfo=None)
    document.core_properties.modified = CREATED.replace(tzinfo=None)
    document.add_paragraph(content.DEMO_NOTICE[language])
    document.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def demo_files():
    """Every demo file's row (with its paragraphs), originals first."""
    return [*content.FILES, *library.FILES]


def _writer(spec, target):
    if target.suffix == ".docx":
        return write_docx
    return write_scan if spec.get("scanned") else write_pdf


def write_demo_folder(folder: Path, specs=None) -> Path:
    """Generate the demo files (all, or *specs*) and their manifest.csv in *folder*."""
    rows = []
    for spec in demo_files() if specs is None else specs:
        target = folder / spec["file"]
        writer = _writer(spec, target)
        written = writer(target, spec["paragraphs"], spec["language"])
        rows.append(
            {
                "file": written.name,
                "title": spec["title"],
                "document_type": spec.get("document_type", ""),
                "date": spec.get("date", ""),
                "language": spec["language"],
                "summary": spec.get("summary", ""),
                "topics": spec.get("topics", ""),
                "private": spec.get("private", "no"),
            }
        )
    # Rows of a multi-file entry repeat the first row's metadata.
    first_by_title = {}
    for row in rows:
        first = first_by_title.setdefault(row["title"], row)
        for key in ("document_type", "date", "summary", "topics", "private"):
            row[key] = row[key] or first[key]
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def load(report):
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = ArchiveIndexPage.objects.child_of(home).first()
    created = 0
    if index is None:
        index = ArchiveIndexPage(
            title=content.INDEX["title"][SOURCE],
            slug=content.INDEX["slug"][SOURCE],
            intro=content.INDEX["intro"][SOURCE],
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        created += 1
    memory = _memory()
    translated = _translate_missing(index, memory)

    imported = 0
    # The import refuses unknown types, like it does for editors' manifests.
    for name in (*content.DOCUMENT_TYPES, *library.DOCUMENT_TYPES):
        DocumentType.objects.get_or_create(locale=home.locale, name=name)
    missing = _missing_entries(index)
    if missing:
        with tempfile.TemporaryDirectory() as folder:
            result = import_folder(
                write_demo_folder(Path(folder), missing), publish=True, sync=True
            )
        for outcome in result.failed:
            report(f"  {outcome.file}: {outcome.message}")
        imported = len(result.outcomes) - len(result.failed)
        _remember_loaded(index, missing)
        _add_parties(index)
    for document_type in DocumentType.objects.filter(locale=home.locale):
        if document_type.name in memory:
            translated += _translate_missing(document_type, memory)
    return {
        gettext_lazy("archive pages created"): created,
        gettext_lazy("files imported"): imported,
        gettext_lazy("translations made"): translated,
    }


def _record_key(spec):
    return f"knowledge:entry:{spec['title']}"


def _missing_entries(index):
    """The demo files whose entry was never loaded: no record of it (home.demo_records)
    and no entry of its title (or of the title an earlier demo load gave it) in the German
    archive. An entry an editor deleted or renamed stays as the editor left it."""
    entries = ArchiveEntryPage.objects.child_of(index)
    by_title = {entry.title: entry for entry in entries.only("id", "title", "translation_key")}
    for new, old in content.LEGACY_TITLES.items():
        if old in by_title:
            by_title.setdefault(new, by_title[old])
    missing = []
    for spec in demo_files():
        key = _record_key(spec)
        if not first_time(key):
            continue
        if spec["title"] in by_title:
            remember(key, by_title[spec["title"]])  # loaded before records were kept
        else:
            missing.append(spec)
    return missing


def _remember_loaded(index, specs):
    titles = {spec["title"] for spec in specs}
    for entry in ArchiveEntryPage.objects.child_of(index).filter(title__in=titles):
        remember(_record_key({"title": entry.title}), entry)


def _add_parties(index):
    """The manifest has no parties column; the demo fills them in like an editor would."""
    for spec in demo_files():
        if "parties" not in spec:
            continue
        entry = ArchiveEntryPage.objects.child_of(index).filter(title=spec["title"]).first()
        if entry and not entry.parties:
            entry.parties = spec["parties"]
            with transaction.atomic():
                entry.save_revision().publish()


def _translate_missing(instance, memory) -> int:
    missing = [
        code
        for code in TARGETS
        if not instance.get_translations()
        .filter(locale__language_code=code)
        .filter(**({"alias_of__isnull": True} if hasattr(instance, "alias_of_id") else {}))
        .exists()
    ]
    if missing:
        translate(instance, memory, missing)
    return len(missing)
