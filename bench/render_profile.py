"""Where the time of an uncached page goes: median render time, SQL queries and a profile.

Renders public pages the way gunicorn would (Django's WSGI handler, production settings,
DEBUG off, cached template loaders, compiled catalogs) with the page cache off and the shared
fragments (menu, footer, locale table, site) on and warm in this process's memory, i.e. what
bench/load.py calls "uncached". Builds a scratch SQLite database with the demo unless
``--database-url`` names a scratch database that already holds it (``--load-demo`` fills it).

Prints, per page, the median wall and CPU time of ``--runs`` requests, the SQL queries and the time
spent in them, then (``--profile``) the functions with the most own and cumulative time over
those requests (cProfile), which is where an optimisation has to start.

Usage: python bench/render_profile.py [--runs 200] [--profile 25] [--cold-fragments]
                                      [--database-url URL [--load-demo]] [--page NAME]
"""

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import load  # noqa: E402  (the same pages and settings as the load benchmark)
from load import PAGES  # noqa: E402


def _environment(scratch, database_url, fragments):
    """The load benchmark's production-like environment, in this process, page cache off."""
    os.environ.update(
        load.environment(scratch, database_url),
        PAGE_CACHE_SECONDS="0",
        FRAGMENT_CACHE_SECONDS="600" if fragments else "0",
    )


def _manage(*command):
    subprocess.run(
        [sys.executable, "manage.py", *command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )


def _environ(path):
    path_info, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def _request(application, path):
    status = []
    body = b"".join(application(_environ(path), lambda s, h, *a: status.append(s)))
    if not status[0].startswith("200"):
        raise SystemExit(f"{path} answered {status[0]}")
    return body


class _QueryTimer:
    """Connection execute wrapper: appends each query's duration in ms to `durations`."""

    def __init__(self, durations, statements):
        self.durations, self.statements = durations, statements

    def __call__(self, execute, sql, params, many, context):
        self.statements.append(sql)
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.durations.append((time.perf_counter() - start) * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--profile", type=int, default=25, help="functions to list; 0: none")
    parser.add_argument("--cold-fragments", action="store_true", help="fragment cache off")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--load-demo", action="store_true")
    parser.add_argument("--page", choices=PAGES, action="append")
    parser.add_argument("--sql", action="store_true", help="print each page's queries")
    parser.add_argument("--own", action="store_true", help="profile: the portal's code only")
    parser.add_argument("--callees", default="", help="profile: what functions matching this call")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="render-profile-") as scratch:
        scratch = Path(scratch)
        _environment(scratch, args.database_url, not args.cold_fragments)
        if not args.database_url or args.load_demo:
            print("Building the database with the demo content ...", flush=True)
            _manage("migrate", "--no-input", "-v", "0")
            _manage("load_demo")
        _manage("collectstatic", "--no-input", "-v", "0")

        import django
        from django.core.handlers.wsgi import WSGIHandler
        from django.db import connection

        django.setup()
        application = WSGIHandler()
        print(
            f"Database: {connection.vendor}; fragments "
            f"{'off' if args.cold_fragments else 'on, warm'}; page cache off; "
            f"median of {args.runs} runs\n"
        )
        rows = []
        for name in args.page or PAGES:
            path = PAGES[name]
            for _ in range(3):
                _request(application, path)  # warm-up: fragments, renditions, templates
            queries = []
            statements = []
            with connection.execute_wrapper(_QueryTimer(queries, statements)):
                _request(application, path)
            if args.sql:
                print(f"--- {name}: {len(statements)} queries")
                for sql in statements:
                    print("   ", sql[:300])
            timings, cpu = [], []
            for _ in range(args.runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                _request(application, path)
                cpu.append((time.process_time() - start_cpu) * 1000)
                timings.append((time.perf_counter() - start) * 1000)
            median_cpu = statistics.median(cpu)
            rows.append((name, statistics.median(timings), median_cpu, len(queries), sum(queries)))
            if args.profile:
                profile = cProfile.Profile()
                profile.enable()
                for _ in range(args.runs):
                    _request(application, path)
                profile.disable()
                for order in ("tottime", "cumulative"):
                    out = io.StringIO()
                    stats = pstats.Stats(profile, stream=out).sort_stats(order)
                    if args.own:
                        stats.print_stats(rf"^{ROOT}/(?!\.venv)", args.profile)
                    else:
                        stats.print_stats(args.profile)
                    if args.callees and order == "cumulative":
                        stats.print_callees(args.callees)
                    print(f"--- {name} ({path}), by {order}, {args.runs} requests")
                    print(out.getvalue().split("\n", 6)[-1])
        print(f"{'page':<16}{'wall ms':>9}{'CPU ms':>8}{'queries':>9}{'SQL ms':>8}")
        for name, median, median_cpu, count, sql_ms in rows:
            print(f"{name:<16}{median:>9.2f}{median_cpu:>8.2f}{count:>9}{sql_ms:>8.2f}")
        print(
            "\nCPU ms: this process's CPU time per request (other load on the machine"
            " inflates wall time, hardly CPU time); SQL ms: time inside the database calls."
        )
        connection.close()


if __name__ == "__main__":
    main()
