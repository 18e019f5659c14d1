"""Fixture documents for the extraction tests, generated on the fly in tmp_path.

Nothing binary is committed: every PDF, DOCX, ODT and text file is built here from
text, so a reader can see exactly what each test feeds the extractor.
"""

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

# Arabic needs a font with Arabic glyphs for fpdf2's shaping. Debian: fonts-dejavu-core.
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
)

GERMAN_PARAGRAPHS = [
    (
        "Absichtserklärung über die Partner-\nschaft zwischen den Städten Düsseldorf und "
        "Marrakesch. Die Städte wollen ihre Zusammenarbeit in Kultur und Bildung vertiefen."
    ),
    (
        "Der Förderverein Düsseldorf-Marrakesch unterstützt den Austausch von Schulen, "
        "Vereinen und Verwaltungen. Die Partner treffen sich einmal im Jahr."
    ),
]
ARABIC_TEXT = (
    "إعلان النوايا بشأن الشراكة بين مدينتي دوسلدورف ومراكش. لا يمكن تحقيق التعاون إلا "
    "من خلال العلاقات الثقافية والتبادل بين المدارس في مجال التعليم."
)


def arabic_font() -> str:
    """Path of a TTF font that can render Arabic, or skip the calling test."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("fc-match") and subprocess.run(
        ["fc-match", "-f", "%{file}", ":lang=ar"], capture_output=True, text=True, check=False
    )
    if found and found.stdout.endswith(".ttf"):
        return found.stdout
    pytest.skip("no Arabic-capable TTF font installed (apt-get install fonts-dejavu-core)")


def _pdf():
    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.set_auto_page_break(True)
    return document


def german_pdf_bytes(pages: int = 1) -> bytes:
    document = _pdf()
    document.set_font("helvetica", size=11)
    for _ in range(pages):
        document.add_page()
        for paragraph in GERMAN_PARAGRAPHS:
            document.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            document.ln(4)
    return bytes(document.output())


@pytest.fixture
def german_pdf(tmp_path) -> Path:
    path = tmp_path / "absichtserklaerung.pdf"
    path.write_bytes(german_pdf_bytes())
    return path


@pytest.fixture
def arabic_pdf(tmp_path) -> Path:
    document = _pdf()
    document.add_page()
    document.add_font("arabic", fname=arabic_font())
    document.set_font("arabic", size=12)
    document.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab")
    document.multi_cell(0, 8, ARABIC_TEXT, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "arabic.pdf"
    path.write_bytes(bytes(document.output()))
    return path


@pytest.fixture
def image_only_pdf(tmp_path) -> Path:
    from PIL import Image, ImageDraw

    scan = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(scan).text((20, 80), "Gescanntes Protokoll", fill="black")
    document = _pdf()
    document.add_page()
    document.image(scan, x=10, y=10, w=180)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(document.output()))
    return path


@pytest.fixture
def encrypted_pdf(tmp_path) -> Path:
    document = _pdf()
    document.set_encryption(owner_password="owner-secret", user_password="user-secret")
    document.add_page()
    document.set_font("helvetica", size=11)
    document.cell(text="Vertraulich")
    path = tmp_path / "geschuetzt.pdf"
    path.write_bytes(bytes(document.output()))
    return path


@pytest.fixture
def corrupt_pdf(tmp_path) -> Path:
    data = german_pdf_bytes()
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


@pytest.fixture
def docx_with_table(tmp_path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Protokoll der Mitgliederversammlung", level=1)
    document.add_paragraph("Die Versammlung beschließt den Haushalt für das Jahr 2025.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Unterzeichner"
    table.cell(0, 1).text = "Stadt"
    table.cell(1, 0).text = "Oberbürgermeister"
    table.cell(1, 1).text = "Marrakesch"
    document.add_paragraph("Schlusswort nach der Tabelle.")
    path = tmp_path / "protokoll.docx"
    document.save(path)
    return path


@pytest.fixture
def odt_file(tmp_path) -> Path:
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Statuts de l'association"))
    document.text.addElement(
        P(text="L'association a pour but la coopération décentralisée entre les villes.")
    )
    path = tmp_path / "statuts.odt"
    document.save(str(path))
    return path


def _zip_bomb(path: Path, marker: tuple[str, str], member: str) -> Path:
    """An office file at *path*: the *marker* member as given, and *member* inflating to
    200 MB of zeros (about 200 KB on disk)."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(*marker)
        with archive.open(member, "w", force_zip64=True) as inflating:
            for _ in range(200):
                inflating.write(chunk)
    return path


@pytest.fixture(scope="session")
def docx_bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    return _zip_bomb(path, ("[Content_Types].xml", "<Types/>"), "word/document.xml")


@pytest.fixture(scope="session")
def odt_bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.odt"
    mimetype = ("mimetype", "application/vnd.oasis.opendocument.text")
    return _zip_bomb(path, mimetype, "content.xml")


@pytest.fixture
def encrypted_docx(tmp_path) -> Path:
    """What Word saves with a password: an OLE container with an EncryptedPackage stream
    (only the parts the check looks at)."""
    path = tmp_path / "geheim.docx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    return path


@pytest.fixture
def png_as_pdf(tmp_path) -> Path:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="PNG")
    path = tmp_path / "bild.pdf"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def zip_as_pdf(tmp_path) -> Path:
    path = tmp_path / "archiv.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hallo")
    return path


@pytest.fixture(autouse=True)
def _no_remembered_collections():
    """Tests roll back collections whose ids the next test may reuse (SQLite)."""
    from knowledge.search.indexing import forget_hidden_collections

    forget_hidden_collections()
    yield
    forget_hidden_collections()


@pytest.fixture
def admin_client(admin_user, client):
    """An admin whose interface language is English, so assertions read the msgids."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def disk_storage(settings, tmp_path):
    """Files on disk: Wagtail serves documents from a local path, which the in-memory
    storage of the test settings does not have."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
    }
