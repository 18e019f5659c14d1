"""Benchmark the knowledge-base text extraction.

Measures what the project has targets for:

* throughput: ten-page PDFs (multi-paragraph German/French/English text, every fourth
  document Arabic) per second through an ``Extractor`` with 2 workers - target >= 20/s;
* the per-file cost of the one-shot ``extract()`` (fresh worker per call);
* peak resident memory (VmHWM) of the workers, and of one worker extracting a ~50 MB
  PDF - target < 500 MB.

The 50 MB PDF: 50 MB of compressed text would take fpdf2 many minutes to typeset, so
the file is ~450 dense text pages written uncompressed (~13 KB of content stream and
~5,000 characters each) plus a 1 MB incompressible image every tenth page to reach the
size. PDFium does not decode images to extract text, but it does hold the whole file
and parse every page, which is what the memory target is about.

Usage: python bench/extraction.py [--files 200] [--runs 5] [--big-mb 50]
"""

import argparse
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.extraction import DONE, Extractor, extract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian: fonts-dejavu-core
PARAGRAPHS = {
    "de": (
        "Die Städte Düsseldorf und Marrakesch vereinbaren, ihre Zusammenarbeit in den "
        "Bereichen Bildung, Kultur, Umwelt und nachhaltige Stadtentwicklung zu vertiefen. "
        "Der Förderverein unterstützt dabei den Austausch von Schulen, Vereinen und "
        "Verwaltungen und berichtet der Mitgliederversammlung einmal im Jahr über die "
        "Fortschritte der Partnerschaft."
    ),
    "fr": (
        "Les villes de Düsseldorf et de Marrakech conviennent de renforcer leur "
        "coopération décentralisée dans les domaines de l'éducation, de la culture et du "
        "développement urbain durable. L'association soutient les échanges entre les "
        "écoles, les associations et les administrations des deux villes."
    ),
    "en": (
        "The cities of Düsseldorf and Marrakesh agree to deepen their cooperation in "
        "education, culture, the environment and sustainable urban development. The "
        "association supports exchanges between schools, clubs and administrations and "
        "reports on the progress of the partnership to its members every year."
    ),
    "ar": (
        "تتفق مدينتا دوسلدورف ومراكش على تعميق التعاون بينهما في مجالات التعليم والثقافة "
        "والبيئة والتنمية الحضرية المستدامة. وتدعم الجمعية التبادل بين المدارس والجمعيات "
        "والإدارات في المدينتين، وتقدم تقريرا سنويا عن تقدم الشراكة إلى أعضائها."
    ),
}


def _document(language: str, pages: int, compress: bool = True):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=10)
    if language == "ar":
        pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab")
    for _ in range(pages):
        pdf.add_page()
        for _ in range(6):
            pdf.multi_cell(0, 5, PARAGRAPHS[language], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return pdf


def make_ten_page_pdfs(directory: Path, count: int) -> list[Path]:
    """Typeset one ten-page document per language and copy it under *count* names, each
    with a unique trailer comment so no two files share a checksum."""
    templates = {language: bytes(_document(language, 10).output()) for language in PARAGRAPHS}
    languages = ["de", "fr", "en", "ar"]
    paths = []
    for index in range(count):
        path = directory / f"doc-{index:04d}.pdf"
        path.write_bytes(templates[languages[index % 4]] + f"\n%{index}\n".encode())
        paths.append(path)
    return paths


def _big_document(pages: int):
    """Pages of 56 pre-wrapped lines (``text()`` is far faster than ``multi_cell()``),
    with a 1 MB incompressible image every tenth page."""
    from PIL import Image

    pdf = _document("de", 0, compress=False)
    lines = textwrap.wrap(PARAGRAPHS["de"] + " " + PARAGRAPHS["fr"], 100) * 8
    for page in range(1, pages + 1):
        pdf.add_page()
        for number, line in enumerate(lines):
            pdf.text(10, 15 + 4.5 * number, line)
        if page % 10 == 0:
            # A new image each time: fpdf2 stores identical images only once.
            noise = Image.frombytes("L", (1024, 1024), os.urandom(1024 * 1024))
            pdf.image(noise, x=150, y=250, w=40)
    return bytes(pdf.output())


def make_big_pdf(path: Path, megabytes: int) -> None:
    """Size a sample of 50 pages, then typeset as many pages as reach *megabytes*."""
    bytes_per_page = len(_big_document(50)) / 50
    path.write_bytes(_big_document(int(1.03 * megabytes * 1024 * 1024 / bytes_per_page)))


def worker_peak_rss_mb() -> float:
    """Highest VmHWM among worker processes (children of the fork server)."""
    peak = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
            cmdline = (status.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        is_worker = b"forkserver" in cmdline and int(fields["PPid"]) != os.getpid()
        if is_worker and "VmHWM" in fields:
            peak = max(peak, int(fields["VmHWM"].split()[0]))
    return peak / 1024


def bench_throughput(paths: list[Path], runs: int) -> None:
    rates = []
    with Extractor(workers=2) as extractor:
        list(extractor.extract_many((p, p.name) for p in paths[:4]))  # start the workers
        for _ in range(runs):
            start = time.perf_counter()
            results = list(extractor.extract_many((p, p.name) for p in paths))
            rates.append(len(paths) / (time.perf_counter() - start))
            assert all(r.status == DONE for r in results), {r.reason_code for r in results}
        rss = worker_peak_rss_mb()
    median = statistics.median(rates)
    print(f"ten-page PDFs, 2 workers: median {median:.1f} files/s over {runs} runs")
    print(f"  runs: {', '.join(f'{rate:.1f}' for rate in rates)} files/s")
    print(f"  target 20 files/s: {median / 20:.2f}x the target")
    print(f"  peak worker RSS: {rss:.0f} MB")

    one_shot = []
    for path in paths[:10]:
        start = time.perf_counter()
        extract(path, path.name)
        one_shot.append(time.perf_counter() - start)
    print(f"one-shot extract() per file: median {statistics.median(one_shot) * 1000:.0f} ms")
    print(f"  pooled per file (2 workers): {1000 / median:.0f} ms")


def bench_big_pdf(directory: Path, megabytes: int) -> None:
    path = directory / "big.pdf"
    start = time.perf_counter()
    make_big_pdf(path, megabytes)
    size_mb = path.stat().st_size / 1024 / 1024
    print(f"big PDF: {size_mb:.1f} MiB generated in {time.perf_counter() - start:.0f} s")
    with Extractor(workers=1, max_bytes=path.stat().st_size) as extractor:
        start = time.perf_counter()
        result = extractor.extract(path, path.name)
        elapsed = time.perf_counter() - start
        rss = worker_peak_rss_mb()
    print(f"  {result.status}: {result.page_count} pages, {len(result.text) / 1e6:.1f} M chars")
    print(f"  extraction {elapsed:.1f} s, peak worker RSS {rss:.0f} MB")
    print(f"  target < 500 MB: {rss / 500:.2f} of the limit")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-mb", type=int, default=50)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        bench_throughput(make_ten_page_pdfs(directory, args.files), args.runs)
        if args.big_mb:
            bench_big_pdf(directory, args.big_mb)


if __name__ == "__main__":
    main()
