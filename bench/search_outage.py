"""Benchmark what visitors and editors feel while Elasticsearch is down or hanging.

Compares Wagtail's stock Elasticsearch 8 backend with ``search.resilient`` against
(a) a closed port and (b) a listener on 127.0.0.1 that accepts connections and never answers,
both with a 2 s client timeout. Reports, per case, the median and maximum time of a search
(results and count, as a results page needs), whether it raised, and the time of publishing
a page (the first one, then the median of the following ones).
Targets: a search answers (from the database backend) within 3 s; a save waits at most the
timeout once, then not at all while the breaker is open.

Runs on a throw-away in-memory SQLite database; no server is contacted beyond 127.0.0.1.
Usage: python bench/search_outage.py [--runs 5]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from tests.servers import SilentListener, closed_port  # noqa: E402

STOCK = "wagtail.search.backends.elasticsearch8"
RESILIENT = "search.resilient"


def configure(backend, url):
    from search import breaker

    breaker.reset()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": backend, "URLS": [url], "TIMEOUT": 2, "INDEX_PREFIX": "bench_"},
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }


def timed(call):
    started = time.perf_counter()
    try:
        call()
        failed = False
    except Exception:
        failed = True
    return time.perf_counter() - started, failed


def search():
    from wagtail.models import Page

    results = Page.objects.live().search("Partnerschaft")
    list(results[:10])
    results.count()


def publish_page(home, n):
    from home.models import StandardPage

    page = StandardPage(title=f"Bench {n}", intro="Partnerschaft Düsseldorf Marrakesch")
    home.add_child(instance=page)
    page.save_revision().publish()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    import logging

    logging.disable(logging.CRITICAL)  # the stock backend logs a traceback per failed save
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    from home.models import HomePage

    home = HomePage.objects.get(depth=2, locale__language_code="de")
    listener = SilentListener()
    clusters = {
        "closed port": f"http://127.0.0.1:{closed_port()}",
        "hanging listener": f"http://127.0.0.1:{listener.port}",
    }
    counter = 0
    print(f"runs per figure: {args.runs}; client timeout 2 s")
    print(
        f"{'backend':<10} {'cluster':<17} {'search med':>10} {'max':>6} {'errors':>7} "
        f"{'1st save':>9} {'next saves med':>15}"
    )
    try:
        for name, backend in (("stock", STOCK), ("resilient", RESILIENT)):
            for cluster, url in clusters.items():
                configure(backend, url)
                searches = [timed(search) for _ in range(args.runs)]
                configure(backend, url)
                saves = []
                for _ in range(args.runs + 1):
                    counter += 1
                    saves.append(timed(lambda n=counter: publish_page(home, n))[0])
                print(
                    f"{name:<10} {cluster:<17} "
                    f"{statistics.median(t for t, _ in searches):>9.2f}s "
                    f"{max(t for t, _ in searches):>5.2f}s "
                    f"{sum(f for _, f in searches):>4}/{args.runs} "
                    f"{saves[0]:>8.2f}s {statistics.median(saves[1:]):>14.2f}s"
                )
    finally:
        listener.close()


if __name__ == "__main__":
    main()
