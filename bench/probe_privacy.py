"""Privacy probe: members-only content in every place, every public channel asked anonymously.

Plants secrets (a restricted page with a translation and an old path, a password page, a
restricted news item and archive entry, files and images in a restricted collection or used
only by hidden pages) and asks every channel a visitor can reach: pages in four languages,
menus, site and archive search (HTML and JSON, facets), feeds, the sitemap, the API's
listings, searches, detail and find views, permalinks, old paths, downloads. Prints the
number of requests, of server errors and of leaks (an answer that names or serves a secret)
and lists each failure. Exit status 1 if there is any.

Runs on a throw-away database with the demo content: SQLite in memory, or PostgreSQL with
DATABASE_URL (a test database ``test_<name>`` is created and dropped).
Usage: python bench/probe_privacy.py
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402


def main():
    from tests.portal.probes import demo_database, plant_secrets, probe_privacy

    with demo_database() as vendor:
        secrets = plant_secrets()
        print("Probing every channel as an anonymous visitor …", flush=True)
        started = time.perf_counter()
        tally = probe_privacy(Client(), secrets)
        elapsed = time.perf_counter() - started
    for request, status in tally.errors:
        print(f"  {status}  {request}")
    for request, what in tally.leaks:
        print(f"  LEAK  {request}: {what}")
    print(f"Privacy probe ({vendor}): {tally.summary()} ({elapsed:.0f} s)")
    return 1 if tally.errors or tally.leaks else 0


if __name__ == "__main__":
    sys.exit(main())
