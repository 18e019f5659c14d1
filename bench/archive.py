"""Benchmark the archive search (PostgreSQL) at 1,000 / 10,000 / 100,000 entries.

Per size it reports:

* median and p95 latency of each representative archive search through the real view (JSON,
  so facets with counts and highlighted snippets are computed), and of one site-wide search;
* saving one entry as a draft (``save_revision``) and publishing it (``save_revision().
  publish()``), each through Wagtail's page API with every signal handler: the archive's own
  index row and Wagtail's search index are both updated, as when an editor presses the button;
  the same publish with Django-modelsearch's stock database backend, for comparison;
* a full reindex of everything at that size: the archive index (``rebuild_archive_index``)
  and Wagtail's search index of the entries (what ``update_index`` spends its time on).

Entries are realistic rather than uniform: a summary of one or two paragraphs, one or two
files (language versions) of ten pages, each two paragraphs from the demo documents in
German, French, Arabic and English, stored per page as the extraction stores them, plus rare
words (so the lexicon grows like a real
archive's), two topics from a pool of thirty, a document type, dates over thirty years. They
are generated quickly, bypassing Wagtail's page API (Page rows with computed tree paths in
bulk, the other tables by bulk inserts); then both indexes are built as a rebuild builds them.
Extraction throughput and worker memory are measured by ``bench/extraction.py`` (they do not
depend on the archive size). The generated archive is deleted at the end.

Targets (PostgreSQL, 2 cores): p95 <= 50 ms at 10k, <= 200 ms at 100k; saving or publishing
one entry <= 300 ms at 100k; full reindex of 100k <= 10 min.

Every search is computed: the page cache is switched off. The parts every page of a language
shares (site, routing, locales, menu, document type names) stay in the fragment cache, as in
production with a shared cache (``REDIS_URL``; set it to measure through Redis, else the cache is
this process's memory); ``FRAGMENT_CACHE_SECONDS=0`` builds them for every request too.

Usage (needs PostgreSQL):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench \\
        python bench/archive.py [--sizes 1000 10000 100000] [--runs 20]
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("TASKS_BACKEND", "immediate")
os.environ["PAGE_CACHE_SECONDS"] = "0"
os.environ.setdefault("FRAGMENT_CACHE_SECONDS", "600")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.models import Collection, Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from home.models import HomePage  # noqa: E402
from knowledge import demo_content  # noqa: E402
from knowledge.models import (  # noqa: E402
    ArchiveDocument,
    ArchiveEntryFile,
    ArchiveEntryPage,
    ArchiveEntryTag,
    ArchiveIndexPage,
    DocumentType,
)
from knowledge.models.documents import join_pages  # noqa: E402
from knowledge.search.indexing import rebuild  # noqa: E402
from search.database import forget_average  # noqa: E402

ENGLISH = [
    "The partner cities held workshops on youth exchange, climate adaptation and sustainable "
    "tourism; the results were presented to both city councils in the following spring.",
    "Participants from schools, associations and the municipal administrations agreed to "
    "meet once a year and to report on the projects of the partnership.",
    "The delegation visited the water treatment plant, the old medina and the new tramway "
    "depot, and discussed the exchange of apprentices between the public utilities.",
]
FRENCH_EXTRA = [
    "Les ateliers ont réuni des écoles, des associations et des universités des deux villes "
    "autour de la gestion de l'eau et du patrimoine culturel.",
]
PARAGRAPHS = {
    "de": demo_content.DECLARATION["de"] + demo_content.STATUTES + demo_content.FOUNDING_PROTOCOL,
    "fr": demo_content.DECLARATION["fr"] + FRENCH_EXTRA,
    "ar": demo_content.DECLARATION["ar"],
    "en": ENGLISH + demo_content.ROUNDTABLE,
}
ALL_PARAGRAPHS = [paragraph for group in PARAGRAPHS.values() for paragraph in group]
VOCABULARY = sorted({word for paragraph in ALL_PARAGRAPHS for word in paragraph.split()})
TOPICS = [
    "Bildung", "Kultur", "Jugend", "Wasser", "Klima", "Tourismus", "Verwaltung", "Sport",
    "Wirtschaft", "Gesundheit", "Umwelt", "Mobilität", "Kunst", "Musik", "Schulen",
    "Hochschulen", "Vereine", "Frauen", "Handwerk", "Energie", "Stadtplanung", "Migration",
    "Landwirtschaft", "Abfall", "Denkmalpflege", "Medien", "Digitalisierung", "Gastronomie",
    "Ehrenamt", "Integration",
]  # fmt: skip
TITLE_WORDS = [
    "Protokoll", "Bericht", "Absichtserklärung", "Rundtisch", "Workshop", "Satzung",
    "Déclaration", "Compte rendu", "Atelier", "Report", "بيان", "محضر",
]  # fmt: skip
#: Representative archive searches: single words in each language (stemmed, with and without
#: accents and the Arabic article), two-word queries, filters, and the empty query (newest).
QUERIES = [
    ("Partnerschaften", {"q": "Partnerschaften"}),
    ("coopération décentralisée", {"q": "coopération décentralisée"}),
    ("cooperation decentralisee", {"q": "cooperation decentralisee"}),
    ("workshops", {"q": "workshops"}),
    ("الشراكة", {"q": "الشراكة"}),
    ("Dusseldorf Marrakesch, newest", {"q": "Dusseldorf Marrakesch", "sort": "newest"}),
    ("Satzung + year 2021", {"q": "Satzung", "year": "2021"}),
    ("Jugend + topic + lang=fr", {"q": "Jugend", "topic": "bildung", "lang": "fr"}),
    ("Förderverein, page 2", {"q": "Förderverein", "page": "2"}),
    ("(empty: newest entries)", {}),
]
SITE_QUERY = ("site search: Partnerschaft", {"q": "Partnerschaft"})
DOCUMENTS = 240


def _paragraphs(rng, language, count):
    pool = PARAGRAPHS[language]
    return [rng.choice(pool) for _ in range(count)]


def _rare(rng, count):
    return " ".join(f"{rng.choice(VOCABULARY)}{rng.randint(0, 50_000)}" for _ in range(count))


PAGES_PER_FILE = 10


def make_documents(rng):
    """A pool of extracted files (ten pages of two paragraphs each, one language, rare words
    on the last page) that entries link to, stored per page as the extraction stores them."""
    collection = Collection.get_first_root_node()
    now = timezone.now()
    documents = []
    for number in range(DOCUMENTS):
        language = ("de", "fr", "ar", "en")[number % 4]
        pages = ["\n\n".join(_paragraphs(rng, language, 2)) for _ in range(PAGES_PER_FILE)]
        pages[-1] += "\n\n" + _rare(rng, 20)
        text, starts = join_pages(pages)
        documents.append(
            ArchiveDocument(
                title=f"Bench-Datei {number}",
                file=f"documents/bench-{number}.txt",
                collection=collection,
                extracted_text=text,
                page_starts=starts,
                page_count=PAGES_PER_FILE,
                language=language,
                checksum=uuid.uuid4().hex,
                extraction_status="done",
                extracted_at=now,
                file_size=len(text.encode()),
            )
        )
    return ArchiveDocument.objects.bulk_create(documents)


def generate(index, count, rng, types, documents, tags):
    """Insert *count* live entries below *index* with files and topics; returns their ids."""
    content_type = ContentType.objects.get_for_model(ArchiveEntryPage)
    start = index.numchild
    now = timezone.now()
    pages = []
    for number in range(start, start + count):
        path = ArchiveIndexPage._get_path(index.path, index.depth + 1, number + 1)
        slug = f"bench-{number}"
        title = f"{rng.choice(TITLE_WORDS)} {rng.choice(TOPICS)} {number}"
        pages.append(
            Page(
                path=path,
                depth=index.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                live=True,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
            )
        )
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=2000)
        rows, files, topics = [], [], []
        for page in created:
            summary = "\n\n".join(
                [*_paragraphs(rng, rng.choice(("de", "de", "fr", "en")), rng.randint(1, 2))]
            )
            rows.append(
                (
                    page.pk,
                    datetime.date(rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                    "Landeshauptstadt Düsseldorf\nVille de Marrakech\nFörderverein e. V.",
                    f"{summary}\n\n{_rare(rng, 8)}",
                    rng.choice(types).pk,
                )
            )
            for sort, document in enumerate(rng.sample(documents, rng.randint(1, 2))):
                files.append(
                    ArchiveEntryFile(
                        page_id=page.pk,
                        document=document,
                        language=document.language,
                        sort_order=sort,
                    )
                )
            topics += [
                ArchiveEntryTag(content_object_id=page.pk, tag=tag) for tag in rng.sample(tags, 2)
            ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO knowledge_archiveentrypage "
                "(page_ptr_id, date, parties, summary, document_type_id) VALUES (%s,%s,%s,%s,%s)",
                rows,
            )
        ArchiveEntryFile.objects.bulk_create(files, batch_size=5000)
        ArchiveEntryTag.objects.bulk_create(topics, batch_size=5000)
        Page.objects.filter(pk=index.pk).update(numchild=start + count)
    index.refresh_from_db()
    return [page.pk for page in created]


def wagtail_index(ids, batch=500):
    """Wagtail's search index of the entries, in batches as ``update_index`` writes it."""
    backend = get_search_backend()
    for start in range(0, len(ids), batch):
        pages = ArchiveEntryPage.objects.filter(pk__in=ids[start : start + batch]).prefetch_related(
            "files__document"
        )
        backend.add_bulk(ArchiveEntryPage, list(pages))
    forget_average()


def full_reindex(ids):
    """Seconds for the archive index rebuild and for Wagtail's index of all entries."""
    started = time.perf_counter()
    rebuild()
    archive_seconds = time.perf_counter() - started
    started = time.perf_counter()
    wagtail_index(ids)
    wagtail_seconds = time.perf_counter() - started
    # What autovacuum does after a large change, at once rather than whenever it wakes up:
    # statistics for the planner, and the space of the rows the rebuild replaced.
    with connection.cursor() as cursor:
        for table in (
            "knowledge_archivesearchentry",
            "wagtailsearch_indexentry",
            "knowledge_archiveentrytag",
            "knowledge_archiveentryfile",
            "wagtailcore_page",
        ):
            cursor.execute(f"VACUUM (ANALYZE) {table}")
    return archive_seconds, wagtail_seconds


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * share) - 1)]


def measure(client, url, params, runs):
    """(median ms, p95 ms, result count) of one search, after one warm-up request."""
    timings = []
    count = None
    for run in range(runs + 1):
        started = time.perf_counter()
        response = client.get(url, {**params, "format": "json"}, HTTP_HOST="localhost")
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.content[:300]
        assert response.get("X-Page-Cache") != "hit"
        count = response.json()["count"]
        if run:
            timings.append(elapsed)
    return statistics.median(timings), _percentile(timings, 0.95), count


def measure_edits(index, runs=7):
    """Median ms to save one entry as a draft and to publish it (ours and stock backend)."""
    entry = ArchiveEntryPage.objects.child_of(index).order_by("-pk").first()
    drafts, publishes, stock = [], [], []
    for number in range(runs):
        entry.summary = f"{entry.summary[:2000]} Änderung {number}"
        started = time.perf_counter()
        revision = entry.save_revision()
        drafts.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        revision.publish()
        publishes.append((time.perf_counter() - started) * 1000)
    stock_backends = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=stock_backends):
        for number in range(3):
            entry.summary = f"{entry.summary[:2000]} Stock {number}"
            started = time.perf_counter()
            entry.save_revision().publish()
            stock.append((time.perf_counter() - started) * 1000)
    return statistics.median(drafts), statistics.median(publishes), statistics.median(stock)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the generated archive")
    parser.add_argument(
        "--again",
        action="store_true",
        help="measure searches and edits again on an archive kept by --keep (no generation)",
    )
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    if args.again:
        return measure_again(args.runs)
    rng = random.Random(4)
    default = Locale.get_default()
    home = HomePage.objects.get(depth=2, locale=default)
    index = ArchiveIndexPage.objects.child_of(home).first()
    bench_index = index.add_sibling(
        instance=ArchiveIndexPage(title="Bench-Archiv", slug=f"bench-{uuid.uuid4().hex[:6]}")
    )
    # The bench archive is a second German archive: its URL is below the German home.
    url = bench_index.url
    types = list(DocumentType.objects.filter(locale=default)) or [
        DocumentType.objects.create(name="Bericht", locale=default)
    ]
    tags = [
        Tag.objects.get_or_create(name=name, defaults={"slug": name.lower()})[0] for name in TOPICS
    ]
    documents = make_documents(rng)
    client = Client()
    total_ids = []
    results = []
    try:
        for size in sorted(args.sizes):
            total_ids += generate(bench_index, size - len(total_ids), rng, types, documents, tags)
            archive_seconds, wagtail_seconds = full_reindex(total_ids)
            queries = {label: measure(client, url, params, args.runs) for label, params in QUERIES}
            queries[SITE_QUERY[0]] = measure(client, "/de/search/", SITE_QUERY[1], args.runs)
            draft, publish, stock = measure_edits(bench_index)
            results.append((size, queries, draft, publish, stock, archive_seconds, wagtail_seconds))
            report(results[-1])
    finally:
        if args.keep:
            print(f"kept: {url}")
        else:
            Page.objects.filter(pk__in=total_ids).delete()
            bench_index.refresh_from_db()
            bench_index.delete()
            ArchiveDocument.objects.filter(pk__in=[doc.pk for doc in documents]).delete()
            rebuild()
    if len(results) > 1:
        growth(results[0], results[-1])


def measure_again(runs):
    """Searches and edits on the archive a previous ``--keep`` run left (e.g. when the
    machine was busier during the first run); the reindex figures are not repeated."""
    bench_index = ArchiveIndexPage.objects.filter(slug__startswith="bench-").last()
    if bench_index is None:
        sys.exit("No kept bench archive: run with --keep first.")
    size = ArchiveEntryPage.objects.child_of(bench_index).count()
    client = Client()
    url = bench_index.url
    queries = {label: measure(client, url, params, runs) for label, params in QUERIES}
    queries[SITE_QUERY[0]] = measure(client, "/de/search/", SITE_QUERY[1], runs)
    draft, publish, stock = measure_edits(bench_index)
    report((size, queries, draft, publish, stock, 0.0, 0.0))


def _archive_timings(queries):
    return [timing for label, timing in queries.items() if not label.startswith("site")]


def report(result):
    size, queries, draft, publish, stock, archive_seconds, wagtail_seconds = result
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n{size:,} entries (load average now {load} on {os.cpu_count()} cores)", flush=True)
    print(f"  {'query':<34} {'median ms':>9} {'p95 ms':>8} {'hits':>7}")
    for label, (median, p95, count) in queries.items():
        print(f"  {label:<34} {median:9.1f} {p95:8.1f} {count:7}")
    archive = _archive_timings(queries)
    print(
        f"  archive searches: median of medians {statistics.median(t[0] for t in archive):.1f} ms, "
        f"worst p95 {max(t[1] for t in archive):.1f} ms"
    )
    print(
        f"  save one entry (draft) {draft:.0f} ms; publish {publish:.0f} ms "
        f"(stock modelsearch backend: {stock:.0f} ms)"
    )
    print(
        f"  full reindex: archive index {archive_seconds:.1f} s + Wagtail index "
        f"{wagtail_seconds:.1f} s = {archive_seconds + wagtail_seconds:.1f} s",
        flush=True,
    )


def growth(first, last):
    def ratio(a, b):
        return f"×{b / a:.1f}" if a else "-"

    archive_first = _archive_timings(first[1])
    archive_last = _archive_timings(last[1])
    print(f"\ngrowth {first[0]:,} → {last[0]:,} entries:")
    print(
        "  worst p95 "
        + ratio(max(t[1] for t in archive_first), max(t[1] for t in archive_last))
        + ", median of medians "
        + ratio(
            statistics.median(t[0] for t in archive_first),
            statistics.median(t[0] for t in archive_last),
        )
    )
    print(
        f"  save {ratio(first[2], last[2])}, publish {ratio(first[3], last[3])}, "
        f"stock publish {ratio(first[4], last[4])}, "
        f"reindex {ratio(first[5] + first[6], last[5] + last[6])}"
    )


if __name__ == "__main__":
    main()
