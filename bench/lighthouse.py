"""Lighthouse scores of the public pages, in German and Arabic, on a phone and a desktop.

    cd bench && npm ci          # Lighthouse 12.2.3 into bench/node_modules (package-lock.json)
    python bench/lighthouse.py http://127.0.0.1:8000

Runs Debian's Chromium headless (CHROME_PATH, default /usr/bin/chromium) against a running
portal: home, news index, an article, an archive search, an archive entry (the first result
of that search and the first article of the news list are followed, so the script needs no
page ids). Prints one row per page, language and form factor with the four category scores,
the lowest score of each category, and keeps the JSON reports in bench/results/lighthouse/.
"""

import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
RESULTS = HERE / "results" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
# The demo's slugs in each language.
START = {
    "de": {"home": "/de/", "news": "/de/aktuelles/", "archive": "/de/archiv/?q=Marrakesch"},
    "ar": {"home": "/ar/", "news": "/ar/al-akhbar/", "archive": "/ar/al-arshif/?q=مراكش"},
}


def _first_link(url, css_class):
    html = urllib.request.urlopen(url).read().decode()
    match = re.search(rf'class="{css_class}"[^>]*>\s*<a href="([^"]+)"', html)
    if not match:
        raise SystemExit(f"no link with class {css_class} on {url}")
    return urllib.parse.urljoin(url, match[1])


def pages(base):
    for language, paths in START.items():
        archive = base + urllib.parse.quote(paths["archive"], safe="/?=&")
        yield language, "home", base + paths["home"]
        yield language, "news index", base + paths["news"]
        yield language, "article", _first_link(base + paths["news"], "news-card__title")
        yield language, "archive search", archive
        yield language, "entry", _first_link(archive, "result__title")


def run(url, form_factor, target):
    command = [
        "node",
        str(CLI),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={target}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={FLAGS}",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    environment = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in range(3):  # a trace without navigation start (NO_NAVSTART) happens
        if subprocess.run(command, env=environment, timeout=300).returncode == 0:
            break
        print(f"  {url} ({form_factor}): Lighthouse failed, attempt {attempt + 1} of 3")
    else:
        raise SystemExit(f"Lighthouse failed three times on {url}")
    report = json.loads(target.read_text())
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main(base):
    if not CLI.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci` in bench/ first.")
    RESULTS.mkdir(parents=True, exist_ok=True)
    lowest = dict.fromkeys(CATEGORIES, 100)
    print(f"{'page':<16}{'lang':<6}{'device':<9}" + "".join(f"{c[:13]:>15}" for c in CATEGORIES))
    for language, name, url in pages(base.rstrip("/")):
        for form_factor in ("mobile", "desktop"):
            target = RESULTS / f"{name.replace(' ', '-')}-{language}-{form_factor}.json"
            scores = run(url, form_factor, target)
            for category, score in scores.items():
                lowest[category] = min(lowest[category], score)
            row = "".join(f"{scores[c]:>15}" for c in CATEGORIES)
            print(f"{name:<16}{language:<6}{form_factor:<9}{row}", flush=True)
    print(f"{'lowest':<31}" + "".join(f"{lowest[c]:>15}" for c in CATEGORIES))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
