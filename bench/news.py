"""Benchmark the news pages with 1,000 news items per locale.

Fills a throw-away database, never the configured one: unless ``--database-url`` is given,
it creates a temporary SQLite file (deleted afterwards), migrates it, loads the demo and adds
``--per-locale`` news items (with tags, a category and, every tenth, an image) under each
locale's news index. Then it renders, through Django's test client, the index (first, a
middle page and a filtered list), an article, both feeds and the home page, and prints the
median render time and the number of SQL queries of each: without shared fragments (no
Redis) and with them warm (production with Redis), the page cache off in both.

Pass ``--database-url postgres://…/some_scratch_db`` to measure on PostgreSQL; that database
is filled with the benchmark data and must be a scratch one.

Usage: python bench/news.py [--per-locale 1000] [--runs 15] [--database-url URL]
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_DATE = datetime.date(2015, 1, 1)  # items are three days apart from here on


def _setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ["DEBUG"] = "False"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the test client use "testserver"; keeps mail in memory


def _fill(per_locale):
    from io import StringIO

    import wagtail_factories
    from django.core.management import call_command
    from django.db import transaction
    from wagtail.models import Locale
    from wagtail.signal_handlers import disable_reference_index_auto_update

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    images = [wagtail_factories.ImageFactory(title=f"Bench {n}") for n in range(10)]
    start = time.perf_counter()
    # One transaction, and no reference-index bookkeeping: both only speed up the filling.
    with transaction.atomic(), disable_reference_index_auto_update():
        for locale in Locale.objects.all():
            _fill_locale(locale, per_locale, images)
    return time.perf_counter() - start


def _fill_locale(locale, per_locale, images):
    from news.models import NewsCategory, NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale=locale, alias_of__isnull=True)
    categories = list(NewsCategory.objects.filter(locale=locale))
    for number in range(per_locale):
        page = NewsPage(
            title=f"Bench {locale.language_code} {number}",
            slug=f"bench-{number}",
            intro="Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2,
            date=FIRST_DATE + datetime.timedelta(days=number * 3),
            category=categories[number % len(categories)],
            image=images[number // 10 % 10] if number % 10 == 0 else None,
            body=[("paragraph", "<p>Lorem ipsum dolor sit amet.</p>")] * 5,
            first_published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        )
        index.add_child(instance=page)
        page.tags.add("Düsseldorf", f"Thema {number % 7}")


def _measure(client, url, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm-up: renditions, caches
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # now: the next request clears the query log
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), query_count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-locale", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    if args.per_locale < 30 or args.runs < 1:
        parser.error("--per-locale must be at least 30 and --runs at least 1")

    with tempfile.TemporaryDirectory(prefix="news-bench-") as scratch:
        _setup_django(args.database_url or f"sqlite:///{scratch}/bench.sqlite3")
        from django.conf import settings
        from django.core.cache import cache
        from django.db import connection
        from django.test import Client

        print(f"Database: {connection.vendor}; filling {args.per_locale} news per locale …")
        seconds = _fill(args.per_locale)
        print(f"Filled in {seconds:.0f} s. Median of {args.runs} runs:\n")
        client = Client()
        rows = []
        # Without shared fragments (no Redis), then with them warm (Redis: menu, footer,
        # locales, the routing's root and section pages, the index's filters); page cache off.
        for fragments in (0, 600):
            settings.FRAGMENT_CACHE_SECONDS = fragments
            cache.clear()
            rows += _measure_views(client, args)
        print(f"{'locale':<7}{'view':<26}{'no fragments':>22}{'fragments warm':>22}")
        print(f"{'':<33}{'median ms':>13}{'queries':>9}{'median ms':>13}{'queries':>9}")
        half = len(rows) // 2
        for (code, label, median, queries), (*_same, warm, warm_queries) in zip(
            rows[:half], rows[half:], strict=True
        ):
            print(f"{code:<7}{label:<26}{median:>13.1f}{queries:>9}{warm:>13.1f}{warm_queries:>9}")
        connection.close()


def _measure_views(client, args):
    """(locale, view, median ms, queries) of every measured view in German and Arabic."""
    from news.models import NewsIndexPage, NewsPage

    rows = []
    for code in ("de", "ar"):
        index = NewsIndexPage.objects.get(locale__language_code=code, alias_of__isnull=True)
        slug = f"bench-{args.per_locale // 2}"
        article = NewsPage.objects.child_of(index).live().get(slug=slug)
        middle = args.per_locale // 20
        year = (FIRST_DATE + datetime.timedelta(days=args.per_locale // 2 * 3)).year
        for label, url in [
            ("index, page 1", index.url),
            (f"index, page {middle}", f"{index.url}?page={middle}"),
            ("index, category + year", f"{index.url}?category=verein&year={year}"),
            ("article", article.url),
            ("RSS feed", index.url + "rss/"),
            ("Atom feed", index.url + "atom/"),
            ("home page (teaser)", f"/{code}/"),
        ]:
            median, queries = _measure(client, url, args.runs)
            rows.append((code, label, median, queries))
    return rows


if __name__ == "__main__":
    main()
