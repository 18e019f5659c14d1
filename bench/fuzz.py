"""Parameter fuzz: every hostile value in every parameter of every public endpoint and the API.

The values (tests/portal/probes.py, ``HOSTILE_VALUES``): NUL, unbalanced quotes, numbers
beyond 64 bits, negative numbers, bytes that are not UTF-8, surrogates, control and bidi
characters, 5,000-character strings, path traversal, markup, search syntax; each parameter
also as an array (``a[]=``) and twice, and parameter names that are NUL or not UTF-8. Prints
the number of requests and of server errors, with each failing request. Exit status 1 if
there is any.

Usage: python bench/fuzz.py  (SQLite; DATABASE_URL=postgres://… for PostgreSQL, where a
throw-away test database with the demo content is created and dropped again).
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
    from tests.portal.probes import ENDPOINTS, Tally, demo_database, fuzz

    with demo_database() as vendor:
        tally = Tally()
        started = time.perf_counter()
        for number, endpoint in enumerate(ENDPOINTS, 1):
            part = fuzz(Client(), endpoints=[endpoint])
            tally.tries += part.tries
            tally.errors += part.errors
            print(f"[{number}/{len(ENDPOINTS)}] {endpoint[0]}: {part.summary()}", flush=True)
        elapsed = time.perf_counter() - started
    for request, status in tally.errors:
        print(f"  {status}  {request}")
    print(f"Fuzz ({vendor}): tries {tally.tries}, 5xx {len(tally.errors)} ({elapsed:.0f} s)")
    return 1 if tally.errors else 0


if __name__ == "__main__":
    sys.exit(main())
