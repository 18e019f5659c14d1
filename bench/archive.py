"""Benchmark the archive search (PostgreSQL) at 1,000 / 10,000 / 100,000 entries.

Per size it reports the median and p95 latency of representative archive searches
through the real view (JSON with facets and snippets), the time to publish one entry,
and the indexing rate (entries/s) from which a full reindex time follows. Extraction
throughput and worker memory are measured by ``bench/extraction.py`` (they do not
depend on the archive size).

Entries are generated quickly, bypassing Wagtail's page API: Page rows with computed
tree paths in bulk, the entry table by SQL, then every entry goes through the normal
indexer (``knowledge.search.indexing.index_entry``). The generated archive is deleted
at the end. Targets: p95 <= 50 ms at 10k, <= 200 ms at 100k; publish <= 300 ms at 100k;
full reindex of 100k <= 10 min.

Usage (needs PostgreSQL):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_knowledge \\
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

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from home.models import HomePage  # noqa: E402
from knowledge import demo_content  # noqa: E402
from knowledge.models import ArchiveEntryPage, ArchiveIndexPage, DocumentType  # noqa: E402
from knowledge.search.indexing import index_entries  # noqa: E402

PARAGRAPHS = (
    demo_content.DECLARATION["de"]
    + demo_content.DECLARATION["fr"]
    + demo_content.DECLARATION["ar"]
    + demo_content.ROUNDTABLE
    + demo_content.STATUTES
    + demo_content.FOUNDING_PROTOCOL
    + [
        "The partner cities held workshops on youth exchange, climate adaptation and "
        "sustainable tourism; the results were presented to both city councils.",
        "Les ateliers ont réuni des écoles, des associations et des universités des deux "
        "villes autour de la gestion de l'eau et du patrimoine culturel.",
    ]
)
VOCABULARY = sorted({word for paragraph in PARAGRAPHS for word in paragraph.split()})
QUERIES = [
    {"q": "Partnerschaften"},
    {"q": "coopération décentralisée"},
    {"q": "workshops"},
    {"q": "الشراكة"},
    {"q": "Düsseldorf Marrakesch", "sort": "newest"},
    {"q": "Satzung", "year": "2021"},
    {},
]


def _text(rng):
    paragraphs = rng.sample(PARAGRAPHS, 4)
    # A few rare words per entry so that the lexicon grows like a real archive's.
    rare = " ".join(f"{rng.choice(VOCABULARY)}{rng.randint(0, 50_000)}" for _ in range(8))
    return "\n\n".join([*paragraphs, rare])


def generate(index, count, rng, types):
    """Insert *count* live entries below *index*; returns their ids."""
    content_type = ContentType.objects.get_for_model(ArchiveEntryPage)
    start = index.numchild
    now = datetime.datetime.now(datetime.UTC)
    pages = []
    for number in range(start, start + count):
        path = ArchiveIndexPage._get_path(index.path, index.depth + 1, number + 1)
        slug = f"bench-{number}"
        pages.append(
            Page(
                path=path,
                depth=index.depth + 1,
                numchild=0,
                title=f"Bench entry {number}",
                draft_title=f"Bench entry {number}",
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
        rows = [
            (
                page.pk,
                datetime.date(rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                "Landeshauptstadt Düsseldorf\nVille de Marrakech",
                _text(rng),
                rng.choice(types).pk,
            )
            for page in created
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO knowledge_archiveentrypage "
                "(page_ptr_id, date, parties, summary, document_type_id) VALUES (%s,%s,%s,%s,%s)",
                rows,
            )
        Page.objects.filter(pk=index.pk).update(numchild=start + count)
    index.refresh_from_db()
    return [page.pk for page in created]


def reindex(ids, batch=500):
    """Index the new entries the way ``rebuild_archive_index`` does (bulk, in batches)."""
    started = time.perf_counter()
    for start in range(0, len(ids), batch):
        pages = (
            ArchiveEntryPage.objects.filter(pk__in=ids[start : start + batch])
            .select_related("document_type", "locale")
            .prefetch_related("files__document", "tagged_items__tag")
        )
        index_entries(pages)
    return time.perf_counter() - started


def measure_queries(client, url, runs):
    timings = []
    for params in QUERIES:
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(url, {**params, "format": "json"}, HTTP_HOST="localhost")
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.content[:300]
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def measure_publish(index, runs=5):
    entry = ArchiveEntryPage.objects.child_of(index).order_by("-pk").first()
    timings = []
    for number in range(runs):
        entry.summary = f"{entry.summary[:2000]} Änderung {number}"
        started = time.perf_counter()
        entry.save_revision().publish()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    rng = random.Random(4)
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = ArchiveIndexPage.objects.child_of(home).first()
    bench_index = index.add_sibling(
        instance=ArchiveIndexPage(title="Bench-Archiv", slug=f"bench-{uuid.uuid4().hex[:6]}")
    )
    url = bench_index.url
    types = list(DocumentType.objects.filter(locale=Locale.get_default())) or [
        DocumentType.objects.create(name="Bericht", locale=Locale.get_default())
    ]
    client = Client()
    total_ids = []
    results = []
    try:
        for size in sorted(args.sizes):
            ids = generate(bench_index, size - len(total_ids), rng, types)
            seconds = reindex(ids)
            total_ids += ids
            rate = len(ids) / seconds
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE knowledge_archivesearchentry")
            median, p95 = measure_queries(client, url, args.runs)
            publish = measure_publish(bench_index)
            results.append((size, median, p95, publish, rate))
            print(
                f"{size:>7} entries: search median {median:6.1f} ms, p95 {p95:6.1f} ms; "
                f"publish one entry {publish:6.1f} ms; indexing {rate:6.0f} entries/s "
                f"(full reindex of this size ≈ {size / rate:5.0f} s)",
                flush=True,
            )
    finally:
        Page.objects.filter(pk__in=total_ids).delete()
        bench_index.refresh_from_db()
        bench_index.delete()
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(
            f"growth {first[0]} → {last[0]} entries: p95 ×{last[2] / first[2]:.1f}, "
            f"publish ×{last[3] / first[3]:.1f}"
        )


if __name__ == "__main__":
    main()
