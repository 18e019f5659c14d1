"""Load benchmark: requests/s and latency of public pages under gunicorn, cached and uncached.

Builds a scratch database with the demo content (a temporary SQLite file, or the scratch
database given with ``--database-url``, which is migrated and filled), collects the static
files into a temporary folder (plus a static file of 28 KB), then for each configuration
starts gunicorn on 127.0.0.1 with ``--workers`` processes and measures five pages with wrk:
the home page, the news index, an article, an archive search and the site search.

Configurations:
  no cache       no Redis, no page cache, no fragments: every request renders from scratch
  uncached       Redis, page cache off: rendered by Django, shared fragments from Redis
  django-cached  Redis, page cache on
  proxy          Varnish (deploy/varnish/default.vcl) in front of "django-cached"
and the static 28 KB file through Varnish (the ceiling) and from gunicorn (whitenoise).
The proxy rows need Debian's varnishd; they are left out without it.

Prints req/s, p50 and p99 per page and configuration, the CPU time gunicorn's workers spent
per request (less sensitive to other load than the latency), the SQL queries per page
(rendered, shared fragments warm, and right after a publish), the ratios to the targets
(cached through the proxy at least 50 % of the static file through the proxy; uncached at
least 150 req/s) and the load average before and after (other work on the machine lowers
the figures).

Needs wrk (``apt-get install wrk``). Uses the Redis database given by ``--redis-url``
(default database 6 of 127.0.0.1:6379), which it empties. Only 127.0.0.1 ports from
``--port`` on are used; everything started is stopped at the end.

Usage: python bench/load.py [--workers 3] [--duration 10] [--connections 16]
                            [--database-url URL] [--redis-url URL] [--port 8150]
                            [--only "no cache,uncached,django-cached,proxy"]
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import varnish  # noqa: E402  (no Django needed)

PAGES = {
    "home": "/de/",
    "news index": "/de/aktuelles/",
    "article": "/de/aktuelles/foerderverein-gegruendet/",
    "archive search": "/de/archiv/?q=Marrakesch",
    "site search": "/de/search/?q=Marrakesch",
}
STATIC_NAME = "bench-28k.html"
STATIC_BYTES = 28 * 1024
TARGET_PROXY_SHARE = 0.5
TARGET_UNCACHED = 150.0

COUNT_QUERIES = """
import django, json
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from portal.caching import content_version
setup_test_environment()
client, counts = Client(), {}
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK")

def statements(captured):
    sqls = [query["sql"] for query in captured.captured_queries]
    return len([sql for sql in sqls if not sql.startswith(TRANSACTION_CONTROL)])

for url in PAGES.values():
    assert client.get(url).status_code == 200, url  # this process's own caches (content types)
for name, url in PAGES.items():
    content_version.renew()  # what a publish does: every shared fragment is out of date
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    counts[name] = (statements(warm), statements(cold))
print(json.dumps(counts))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (compose: 3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--database-url", default="", help="a scratch database to fill")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/6")
    parser.add_argument("--port", type=int, default=8150, help="first of three ports")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated configurations to measure (e.g. uncached); default: all",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk")
    if min(args.workers, args.duration, args.connections, args.threads) < 1:
        sys.exit("--workers, --duration, --connections and --threads must be at least 1")

    busy = [port for port in range(args.port, args.port + 3) if not _port_free(port)]
    if busy:
        sys.exit(f"ports in use on 127.0.0.1: {busy}; choose others with --port")
    print(f"CPU cores: {os.cpu_count()}; load average before: {_load()}")
    with tempfile.TemporaryDirectory(prefix="portal-load-") as scratch:
        env = environment(Path(scratch), args.database_url)
        print("Building the scratch database with the demo content ...", flush=True)
        _prepare(env, Path(scratch))
        counts = _query_counts(env, args.redis_url)
        results = _measure_all(args, env)
    print(f"load average after: {_load()}\n")
    _report(args, results, counts)


def _load():
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def environment(scratch, database_url):
    env = dict(os.environ)
    for name in ("REDIS_URL", "FRONTEND_CACHE_URL", "ELASTICSEARCH_URL", "PAGE_CACHE_SECONDS"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url or f"sqlite:///{scratch / 'portal.sqlite3'}",
        CONN_MAX_AGE="60",
        STATIC_ROOT=str(scratch / "static"),
        MEDIA_ROOT=str(scratch / "media"),
        TASKS_BACKEND="immediate",
        LOG_LEVEL="WARNING",
    )
    return env


def _manage(env, *command):
    subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _prepare(env, scratch):
    _manage(env, "migrate", "--no-input", "-v", "0")
    _manage(env, "load_demo")
    _manage(env, "collectstatic", "--no-input", "-v", "0")
    line = "<p>Partnerschaftsportal Düsseldorf–Marrakesch: statische Vergleichsseite.</p>\n"
    text = line * (STATIC_BYTES // len(line.encode()) + 1)
    (scratch / "static" / STATIC_NAME).write_bytes(text.encode()[:STATIC_BYTES])


def _query_counts(env, redis_url):
    """SQL statements per page (BEGIN/COMMIT not counted): shared fragments warm (page cache
    off), and right after a publish (every fragment out of date)."""
    import json

    code = f"PAGES = {PAGES!r}\n" + COUNT_QUERIES
    counted = dict(env, FRAGMENT_CACHE_SECONDS="600", PAGE_CACHE_SECONDS="0")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=counted, capture_output=True, text=True
    )
    if result.returncode:
        print(result.stderr[-2000:])
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])


def _configurations(redis_url):
    shared = {"REDIS_URL": redis_url}
    return {
        "no cache": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0"},
        "uncached": {**shared, "PAGE_CACHE_SECONDS": "0"},
        "django-cached": {**shared, "PAGE_CACHE_SECONDS": "600"},
    }


def _measure_all(args, env):
    results = {}
    gunicorn_port, http_port, purge_port = args.port, args.port + 1, args.port + 2
    chosen = {name.strip() for name in args.only.split(",") if name.strip()}
    for name, extra in _configurations(args.redis_url).items():
        if chosen and name not in chosen:
            continue
        _flush_redis(args.redis_url)
        with _gunicorn(dict(env, **extra), gunicorn_port, args.workers) as server:
            for page, path in PAGES.items():
                url = f"http://127.0.0.1:{gunicorn_port}{path}"
                results[(name, page)] = _wrk(args, url, server)
            if name == "django-cached":
                static = f"http://127.0.0.1:{gunicorn_port}/static/{STATIC_NAME}"
                results[("gunicorn", "static 28 KB")] = _wrk(args, static, server)
    if chosen and "proxy" not in chosen:
        return results
    if varnish.varnishd() is None:
        print("varnishd is not installed (apt-get install varnish): no proxy figures")
        return results
    proxied = dict(env, **_configurations(args.redis_url)["django-cached"])
    proxied.update(PROXY_CACHE_SECONDS="600", FRONTEND_CACHE_URL=f"http://127.0.0.1:{purge_port}")
    _flush_redis(args.redis_url)
    with (
        _gunicorn(proxied, gunicorn_port, args.workers),
        varnish.running(gunicorn_port, http_port, purge_port, memory="256m"),
    ):
        for page, path in PAGES.items():
            url = f"http://127.0.0.1:{http_port}{path}"
            results[("proxy", page)] = _wrk(args, url)
            with urllib.request.urlopen(url, timeout=30) as response:
                results[("proxy", page)]["proxy cache"] = response.headers.get("X-Cache")
        static = f"http://127.0.0.1:{http_port}/static/{STATIC_NAME}"
        results[("proxy", "static 28 KB")] = _wrk(args, static)
    _flush_redis(args.redis_url)
    return results


def _flush_redis(url):
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).flushdb()
    except redis.RedisError as error:
        sys.exit(f"Redis at {url} is needed for the cached configurations: {error}")


@contextmanager
def _gunicorn(env, port, workers):
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--timeout",
        "30",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        _wait_until_serving(port, process)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_serving(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("gunicorn exited before serving")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"gunicorn did not answer on 127.0.0.1:{port} within {timeout} s")


def _wrk(args, url, server=None):
    """wrk's req/s, p50 and p99 for `url`; with `server` (gunicorn's master process) also the
    CPU time its workers spent per request, which other load on the machine does not inflate
    the way it inflates latency."""

    def run(seconds):
        command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s"]
        return subprocess.run(
            [*command, "--latency", url], capture_output=True, text=True, check=True
        ).stdout

    run(2)  # warm-up: fills caches and renditions, opens database connections
    workers = _children(server.pid) if server else []
    cpu_before = _cpu_seconds(workers)
    output = run(args.duration)
    cpu = _cpu_seconds(workers) - cpu_before
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(re.search(r"\s50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _milliseconds(re.search(r"\s99%\s+([\d.]+\w+)", output).group(1)),
        "cpu ms": cpu * 1000 / requests if workers and requests else None,
        "errors": int(errors.group(1)) if errors else 0,
        "socket errors": socket_errors.group(1) if socket_errors else "",
    }


def _children(pid):
    """The gunicorn workers: the master's child processes."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def _cpu_seconds(pids):
    """User plus system CPU time of `pids` so far (Linux /proc)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def _report(args, results, counts):
    print(
        f"gunicorn --workers {args.workers}; wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s (after a 2 s warm-up)\n"
    )
    header = f"{'configuration':<14} {'page':<15} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}"
    print(f"{header} {'CPU ms/req':>10} {'req/s/core':>10}  errors")
    for (configuration, page), row in results.items():
        errors = row["errors"] or ""
        if row["socket errors"]:
            errors = f"{errors} sockets: {row['socket errors']}".strip()
        cpu = row["cpu ms"]
        capacity = f"{1000 / cpu:>10.0f}" if cpu else f"{'':>10}"
        cpu_text = f"{cpu:>10.2f}" if cpu else f"{'':>10}"
        print(
            f"{configuration:<14} {page:<15} {row['rps']:>9.0f} {row['p50']:>8.2f} "
            f"{row['p99']:>8.2f} {cpu_text} {capacity}  {errors}"
        )
    print(
        "CPU ms/req: CPU time of the gunicorn workers per request; req/s/core = 1000 / that,"
        " what one otherwise idle core could serve."
    )
    if counts:
        print("\nSQL queries per rendered page (shared fragments warm / right after a publish):")
        for page, (warm, cold) in counts.items():
            print(f"  {page:<15} {warm:>3} / {cold:>3}")
    print("\nTargets:")
    ceiling = results.get(("proxy", "static 28 KB"))
    if ceiling:
        for page in PAGES:
            row = results[("proxy", page)]
            share = row["rps"] / ceiling["rps"]
            verdict = "met" if share >= TARGET_PROXY_SHARE else "NOT met"
            if row.get("proxy cache") != "hit":
                verdict += " (Varnish passes it through: the portal marks it not cacheable)"
            print(
                f"  proxy {page:<15} {share:6.0%} of the static file through the proxy "
                f"(target {TARGET_PROXY_SHARE:.0%}): {verdict}"
            )
    cores = os.cpu_count()
    for page in PAGES:
        row = results.get(("uncached", page))
        if row is None:
            continue
        verdict = "met" if row["rps"] >= TARGET_UNCACHED else "NOT met"
        idle = (
            f"; at most ~{cores * 1000 / row['cpu ms']:.0f} req/s on {cores} idle cores"
            if row["cpu ms"]
            else ""
        )
        print(
            f"  uncached {page:<15} {row['rps']:6.0f} req/s measured (target "
            f"{TARGET_UNCACHED:.0f}): {verdict}{idle}"
        )


def _port_free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


if __name__ == "__main__":
    main()
