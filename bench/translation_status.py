"""Benchmark the translators' status table (translation/status.py).

Target: a fixed number of queries whatever the number of pages, and time growing no worse
than linearly. Builds a throw-away test database with the demo site, adds German pages in
steps (each with a started French translation), and prints per size the query count, the
median time of `status_table` for a superuser (all three target languages) and the time per
page.

Usage: python bench/translation_status.py [--sizes 0 100 400] [--runs 5]
"""

import argparse
import os
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 400])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("load_demo", stdout=StringIO())
        run(args.sizes, args.runs)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(sizes, runs):
    from django.contrib.auth import get_user_model
    from wagtail.models import Locale
    from wagtail_localize.operations import translate_object

    from home.models import HomePage, StandardPage
    from translation.status import status_table, target_locales

    user = get_user_model().objects.create_superuser("bench", "bench@example.invalid", "pw")
    locales = target_locales(user)
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    french = Locale.objects.get(language_code="fr")
    added = 0
    baseline = None
    print(f"{'pages':>6} {'queries':>8} {'median ms':>10} {'ms/page':>8}")
    for size in sorted(sizes):
        while added < size:
            page = StandardPage(title=f"Bench {added}", slug=f"bench-{added}")
            home.add_child(instance=page)
            page.save_revision().publish()
            translate_object(page, [french], user=user)
            added += 1
        timings = []
        for _ in range(runs):
            connection.queries_log.clear()  # a full log (load_demo) would hide new queries
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                rows = status_table(user, locales)
                timings.append(time.perf_counter() - start)
        median = statistics.median(timings) * 1000
        per_page = median / len(rows)
        baseline = baseline or per_page
        print(
            f"{len(rows):>6} {len(queries):>8} {median:>10.1f} {per_page:>8.3f}"
            f"   (×{per_page / baseline:.2f} per page vs. smallest)"
        )


if __name__ == "__main__":
    main()
