"""Benchmark the knowledge-base text extraction.

Measures what the project has targets for, in two settings:

1. The extraction pool alone: ten-page PDFs (multi-paragraph German/French/English text,
   every fourth document Arabic) per second through an ``Extractor`` with 2 workers -
   target >= 20/s - plus the CPU time the parser children spend per file (independent of
   other load on the machine), the one-shot ``extract()`` and the peak resident memory
   (VmHWM) of one parser child extracting a ~50 MB PDF - target < 500 MB.
2. The real background path (``--worker``, needs ~20 s for a scratch SQLite database or
   ``--database-url``): the same PDFs saved as archive documents, which enqueues
   ``knowledge.tasks.extract_document`` in the database queue, worked off by
   ``manage.py db_worker --batch`` processes, as ``make run`` and compose run them.
   Throughput counts from the first task's start to the last task's end (worker start-up
   excluded, printed separately); memory is the peak RSS of the ``db_worker`` process and
   of its parser child while they extract the ~50 MB PDF. Then the bulk path of
   ``import_archive --sync`` (``knowledge.tasks.extract_all_now``: all cores, results
   stored and indexed) over the same documents.

The 50 MB PDF: 50 MB of compressed text would take fpdf2 many minutes to typeset, so
the file is ~450 dense text pages written uncompressed (~13 KB of content stream and
~5,000 characters each) plus a 1 MB incompressible image every tenth page to reach the
size, just under the default upload limit of 50 MiB. PDFium does not decode images to
extract text, but it does hold the whole file and parse every page, which is what the
memory target is about.

The machine may be shared: every rate is the median of ``--runs`` runs, and the CPU time
per file says what two otherwise idle cores would reach.

3. OCR (``--ocr``, or alone with ``--ocr-only``): a ten-page image-only scan at 200 dpi
   (German print, Tesseract with the entry's one language) through an ``Extractor`` -
   pages/s with one file on one worker and with two files on two workers (2 cores), target
   >= 1 page/s per core; the peak memory of a worker plus its Tesseract child, sampled while
   they run (target < 500 MB); and, with ``--worker``, the time from saving the upload to
   the document being found by the admin search for a word of its last page.

Usage: python bench/extraction.py [--files 200] [--runs 5] [--big-mb 50] [--worker]
           [--processes 1 2] [--database-url URL] [--ocr | --ocr-only]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.extraction import DONE, Extractor, extract

ROOT = Path(__file__).resolve().parent.parent

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
    """Size a sample of 50 pages, then typeset as many pages as stay just under
    *megabytes* MiB (the upload limit is in MiB too)."""
    bytes_per_page = len(_big_document(50)) / 50
    path.write_bytes(_big_document(int(0.99 * megabytes * 1024 * 1024 / bytes_per_page)))


def _proc_status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _kib(fields: dict[str, str], name: str) -> int:
    return int(fields[name].split()[0]) if name in fields else 0


def worker_peak_rss_mb() -> float:
    """Highest VmHWM among worker processes (children of the fork server)."""
    peak = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            cmdline = (status.parent / "cmdline").read_bytes()
        except OSError:
            continue
        fields = _proc_status(int(status.parent.name))
        if b"forkserver" in cmdline and fields and int(fields["PPid"]) != os.getpid():
            peak = max(peak, _kib(fields, "VmHWM"))
    return peak / 1024


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_throughput(paths: list[Path], runs: int) -> None:
    rates, cpu_per_file = [], []
    # Workers are never retired during the runs, so their CPU time can be read after each.
    with Extractor(workers=2, max_tasks_per_worker=10**9) as extractor:
        list(extractor.extract_many((p, p.name) for p in paths[:4]))  # start the workers
        pids = [worker.process.pid for worker in extractor._idle]
        for _ in range(runs):
            cpu_before = sum(_cpu_seconds(pid) for pid in pids)
            start = time.perf_counter()
            results = list(extractor.extract_many((p, p.name) for p in paths))
            rates.append(len(paths) / (time.perf_counter() - start))
            cpu_per_file.append((sum(map(_cpu_seconds, pids)) - cpu_before) / len(paths))
            assert all(r.status == DONE for r in results), {r.reason_code for r in results}
        rss = worker_peak_rss_mb()
    median = statistics.median(rates)
    cpu_ms = statistics.median(cpu_per_file) * 1000
    print(f"ten-page PDFs, Extractor with 2 workers: median {median:.1f} files/s ({runs} runs)")
    print(f"  runs: {', '.join(f'{rate:.1f}' for rate in rates)} files/s")
    print(f"  target 20 files/s: {median / 20:.2f}x the target")
    print(f"  parser CPU per file: median {cpu_ms:.1f} ms -> {2000 / cpu_ms:.0f} files/s")
    print("    on two otherwise idle cores")
    print(f"  peak worker RSS: {rss:.0f} MB")

    one_shot = []
    for path in paths[:12]:
        start = time.perf_counter()
        extract(path, path.name)
        one_shot.append(time.perf_counter() - start)
    one_shot_ms = statistics.median(one_shot) * 1000
    print(f"one-shot extract() per file (a new child each): median {one_shot_ms:.0f} ms")
    print(f"  pooled per file (2 workers): {1000 / median:.0f} ms")


OCR_DPI = 200
OCR_PAGES = 10


def make_scan(path: Path, pages: int = OCR_PAGES, dpi: int = OCR_DPI) -> Path:
    """An image-only A4 PDF: German paragraphs drawn in 11 pt type, one image per page; the
    last page ends with a word that occurs nowhere else."""
    from PIL import Image, ImageDraw, ImageFont

    size = (round(8.27 * dpi), round(11.69 * dpi))
    font = ImageFont.truetype(FONT, round(11 / 72 * dpi))
    line_height = round(font.size * 1.5)
    images = []
    for number in range(pages):
        image = Image.new("L", size, 255)
        draw = ImageDraw.Draw(image)
        y = round(0.8 * dpi)
        lines = textwrap.wrap(" ".join([PARAGRAPHS["de"]] * 4), width=78)
        if number == pages - 1:
            lines.append("Schlusswort: Granatapfelhain.")
        for line in lines[:40]:
            draw.text((round(0.8 * dpi), y), line, font=font, fill=0)
            y += line_height
        images.append(image)
    images[0].save(path, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def _family_rss_kib(root: int) -> int:
    """Resident memory of *root* and every process below it, now."""
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        fields = _proc_status(int(status.parent.name))
        if fields:
            children.setdefault(int(fields["PPid"]), []).append(int(status.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _kib(_proc_status(pid), "VmRSS")
        todo += children.get(pid, [])
    return total


class _Sampler:
    """Samples the memory of worker families (worker + Tesseract child) every 20 ms."""

    def __init__(self, pids):
        import threading

        self.pids, self.peak, self._stop = pids, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(0.02):
            for pid in self.pids:
                self.peak = max(self.peak, _family_rss_kib(pid))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _cpu_with_children(pid: int) -> float:
    """CPU time of a live process plus that of its finished children (the Tesseract runs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def bench_ocr(directory: Path, runs: int) -> None:
    from knowledge.extraction.ocr import OcrOptions

    scans = [make_scan(directory / f"scan-{n}.pdf") for n in range(2)]
    options = OcrOptions(languages=("de",), dpi=OCR_DPI)
    with Extractor(workers=2, max_tasks_per_worker=10**9, ocr=options) as extractor:
        list(extractor.extract_many((p, p.name) for p in scans))  # start both workers
        pids = [worker.process.pid for worker in extractor._idle]
        one, two, confidences, cpu = [], [], [], []
        with _Sampler(pids) as sampler:
            for _ in range(runs):
                cpu_before = sum(map(_cpu_with_children, pids))
                start = time.perf_counter()
                [result] = extractor.extract_many([(scans[0], scans[0].name)])
                one.append(OCR_PAGES / (time.perf_counter() - start))
                start = time.perf_counter()
                results = list(extractor.extract_many((p, p.name) for p in scans))
                two.append(2 * OCR_PAGES / (time.perf_counter() - start))
                cpu.append((sum(map(_cpu_with_children, pids)) - cpu_before) / (3 * OCR_PAGES))
                assert all(len(r.ocr) == OCR_PAGES for r in [result, *results]), result
                assert "Granatapfelhain" in result.pages[-1], result.pages[-1][-200:]
                confidences += [confidence for _, confidence in result.ocr]
    print(f"OCR, {OCR_PAGES}-page scan at {OCR_DPI} dpi (deu), median of {runs} runs:")
    print(f"  one file, one worker: {statistics.median(one):.2f} pages/s")
    print(f"    runs: {', '.join(f'{rate:.2f}' for rate in one)}")
    print(f"  two files, two workers (2 cores): {statistics.median(two):.2f} pages/s")
    print(f"    runs: {', '.join(f'{rate:.2f}' for rate in two)}")
    print(f"    target 1 page/s per core: {statistics.median(two) / 2:.2f}x the target")
    cpu_page = statistics.median(cpu)
    print(f"  CPU per page (worker + Tesseract): median {cpu_page:.2f} s -> {1 / cpu_page:.2f}")
    print("    pages/s per otherwise idle core")
    print(f"  mean word confidence {statistics.mean(confidences):.1f}")
    print(f"  peak RSS of a worker with its Tesseract child: {sampler.peak / 1024:.0f} MB")
    print(f"    target < 500 MB: {sampler.peak / 1024 / 500:.2f} of the limit")


def bench_ocr_upload(directory: Path, args) -> None:
    """Seconds from saving a 10-page scan (the admin's upload) to the admin search finding a
    word of its last page, through ``db_worker`` as in production."""
    (directory / "ocr-upload").mkdir()
    env = _setup_django(directory / "ocr-upload", args.database_url)
    from wagtail.search.backends import get_search_backend

    from knowledge.models import ArchiveDocument

    env["KNOWLEDGE_OCR_DPI"] = str(OCR_DPI)
    scan = make_scan(directory / "upload-scan.pdf")
    worker = _db_worker(env, "--interval", "0.1")
    time.sleep(3)  # the worker's own start-up is not part of the upload
    try:
        start = time.perf_counter()
        (document,) = _save_documents([scan])
        backend = get_search_backend()
        while True:
            hits = backend.search("Granatapfelhain", ArchiveDocument.objects.all())
            if document.pk in {hit.pk for hit in hits}:
                break
            if time.perf_counter() - start > 600:
                raise SystemExit("the scan did not become searchable within 10 minutes")
            time.sleep(0.1)
        elapsed = time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait()
    document.refresh_from_db()
    print(
        f"  upload to searchable (db_worker, {OCR_PAGES}-page scan, all four languages: the "
        f"file is linked to no entry yet): {elapsed:.1f} s, {len(document.ocr_pages)} OCR pages"
    )


def bench_big_pdf(path: Path, megabytes: int) -> None:
    start = time.perf_counter()
    make_big_pdf(path, megabytes)
    size_mb = path.stat().st_size / 1024 / 1024
    print(f"big PDF: {size_mb:.1f} MiB generated in {time.perf_counter() - start:.0f} s")
    with Extractor(workers=1) as extractor:
        start = time.perf_counter()
        result = extractor.extract(path, path.name)
        elapsed = time.perf_counter() - start
        rss = worker_peak_rss_mb()
    print(f"  {result.status}: {result.page_count} pages, {len(result.text) / 1e6:.1f} M chars")
    print(f"  extraction {elapsed:.1f} s, peak parser child RSS {rss:.0f} MB")
    print(f"  target < 500 MB: {rss / 500:.2f} of the limit")


def _setup_django(directory: Path, database_url: str | None) -> dict[str, str]:
    """Point Django at a scratch database and media folder, migrate it, and return the
    environment for the ``db_worker`` processes (DEBUG off: no query log in memory)."""
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url or f"sqlite:///{directory / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(directory / "media"),
        "TASKS_BACKEND": "database",
        "DEBUG": "false",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return {**os.environ, **env}


def _db_worker(env: dict[str, str], *extra: str) -> subprocess.Popen:
    command = [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload"]
    return subprocess.Popen(
        [*command, "--no-startup-delay", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _save_documents(paths: list[Path]) -> list:
    """Archive documents as the admin form creates them; saving enqueues extraction."""
    from django.core.files import File
    from wagtail.models import Collection

    from knowledge.models import ArchiveDocument

    root = Collection.get_first_root_node()
    documents = []
    for path in paths:
        document = ArchiveDocument(title=path.stem, collection=root)
        with path.open("rb") as handle:
            document.file.save(path.name, File(handle), save=False)
        document.save()
        documents.append(document)
    return documents


def _tree(root: int) -> dict[int, tuple[int, str]]:
    """*root* and all its descendants: pid -> (parent pid, command line)."""
    processes = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        processes[int(stat.parent.name)] = (parent, command)
    tree, added = {root}, True
    while added:
        new = {pid for pid, (parent, _) in processes.items() if parent in tree} - tree
        tree |= new
        added = bool(new)
    return {pid: processes[pid] for pid in tree if pid in processes}


def bench_task_worker(directory: Path, paths, big: Path | None, args) -> None:
    env = _setup_django(directory, args.database_url)
    from django_tasks_db.models import DBTaskResult

    from knowledge.models import ArchiveDocument
    from knowledge.tasks import extract_document

    documents = _save_documents(paths)
    start = time.perf_counter()
    _db_worker(env, "--batch").wait()  # the uploads' own tasks, and the search index's
    print(f"task worker: {len(paths)} uploads extracted in {time.perf_counter() - start:.1f} s")
    print("  (including worker start-up and search index tasks)")
    statuses = set(ArchiveDocument.objects.values_list("extraction_status", flat=True))
    assert statuses == {"done"}, statuses
    for processes in args.processes:
        rates = []
        for _ in range(args.runs):
            ids = [extract_document.enqueue(document.pk).id for document in documents]
            workers = [_db_worker(env, "--batch") for _ in range(processes)]
            for worker in workers:
                worker.wait()
            tasks = DBTaskResult.objects.filter(id__in=ids)
            assert set(tasks.values_list("status", flat=True)) == {"SUCCESSFUL"}
            first = min(tasks.values_list("started_at", flat=True))
            last = max(tasks.values_list("finished_at", flat=True))
            rates.append(len(ids) / (last - first).total_seconds())
        median = statistics.median(rates)
        print(
            f"  {processes} db_worker process(es): median {median:.1f} files/s ({args.runs} runs)"
        )
        print(f"    runs: {', '.join(f'{rate:.1f}' for rate in rates)} files/s")
        print(f"    target 20 files/s: {median / 20:.2f}x the target")
    from knowledge.tasks import extract_all_now

    rates = []
    for _ in range(args.runs):
        start = time.perf_counter()
        statuses = extract_all_now(documents)
        rates.append(len(documents) / (time.perf_counter() - start))
        assert set(statuses) == {"done"}, set(statuses)
    median = statistics.median(rates)
    print(f"  import_archive --sync path (extract_all_now): median {median:.1f} files/s")
    print(f"    runs: {', '.join(f'{rate:.1f}' for rate in rates)} files/s")
    print(f"    target 20 files/s: {median / 20:.2f}x the target")
    if big is None:
        return
    (document,) = _save_documents([big])  # enqueues its extraction
    worker = _db_worker(env, "--interval", "0.1")
    peaks: dict[int, int] = {}
    tree: dict[int, tuple[int, str]] = {}
    start = time.perf_counter()
    try:
        while True:
            tree.update(_tree(worker.pid))
            for pid in tree:
                peaks[pid] = max(_kib(_proc_status(pid), "VmHWM"), peaks.get(pid, 0))
            document.refresh_from_db(fields=["extraction_status"])
            if document.extraction_status != "pending":
                break
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        for pid in tree:  # the final high-water marks
            peaks[pid] = max(_kib(_proc_status(pid), "VmHWM"), peaks[pid])
    finally:
        worker.terminate()
        worker.wait()
    document.refresh_from_db()
    servers = {
        pid
        for pid, (parent, command) in tree.items()
        if "forkserver" in command and parent == worker.pid
    }
    parser_kib = max(
        (peaks[pid] for pid, (parent, _) in tree.items() if parent in servers), default=0
    )
    total_kib = sum(peaks.values())
    main_kib = peaks[worker.pid]
    size_mb = big.stat().st_size / 1024 / 1024
    print(
        f"  {size_mb:.1f} MiB PDF through the task worker: {document.extraction_status}, "
        f"{document.page_count} pages, {elapsed:.1f} s from start-up to stored text"
    )
    print(
        f"    peak RSS: db_worker {main_kib / 1024:.0f} MB, parser child "
        f"{parser_kib / 1024:.0f} MB, sum of all {len(peaks)} processes "
        f"{total_kib / 1024:.0f} MB"
    )
    print(f"    target < 500 MB: {total_kib / 1024 / 500:.2f} of the limit (sum)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-mb", type=int, default=50)
    parser.add_argument("--worker", action="store_true", help="also the db_worker path")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--database-url", help="a scratch database (default: SQLite)")
    parser.add_argument("--ocr", action="store_true", help="also the OCR figures")
    parser.add_argument("--ocr-only", action="store_true", help="only the OCR figures")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, {time.strftime('%Y-%m-%d')}")
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        if args.ocr or args.ocr_only:
            bench_ocr(directory, args.runs)
            if args.worker:
                bench_ocr_upload(directory, args)
            if args.ocr_only:
                return
        paths = make_ten_page_pdfs(directory, args.files)
        bench_throughput(paths, args.runs)
        big = None
        if args.big_mb:
            big = directory / "big.pdf"
            bench_big_pdf(big, args.big_mb)
        if args.worker:
            bench_task_worker(directory, paths, big, args)


if __name__ == "__main__":
    main()
