"""What bidi isolation (home/bidi.py) costs per rendered text, on the demo's own texts.

Every rich text, title, lead text and block of a page goes through `isolate`. Text without
anything to do returns after a quick regular-expression test; text with Latin runs in an
Arabic page is parsed and re-serialised. This prints the median time per call for both
kinds, over the demo pages' Arabic paragraphs (with and without Latin runs) and their French
ones (where only the German name is marked). No database is needed.

Usage: python bench/bidi.py [--runs 7] [--number 200]
"""

import argparse
import os
import statistics
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from home.bidi import isolate  # noqa: E402
from home.demo_content import PAGES  # noqa: E402


def _paragraphs(language):
    return [
        f"<p>{value[language]}</p>"
        for page in PAGES
        for block_type, value in page["body"]
        if block_type == "paragraph"
    ]


def _median_microseconds(texts, language, rtl, runs, number):
    def render_all():
        for text in texts:
            isolate(text, language, rtl)

    totals = [timeit.timeit(render_all, number=number) for _ in range(runs)]
    return statistics.median(totals) / number / len(texts) * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--number", type=int, default=200)
    args = parser.parse_args()

    arabic = _paragraphs("ar")
    with_latin = [text for text in arabic if isolate(text, "ar", True) != text]
    without_latin = [text for text in arabic if isolate(text, "ar", True) == text]
    french_with_name = [text for text in _paragraphs("fr") if "Förderverein" in text]
    cases = [
        ("ar, paragraphs with Latin runs", with_latin, "ar", True),
        ("ar, paragraphs without Latin runs", without_latin, "ar", True),
        ("fr, paragraphs with the German name", french_with_name, "fr", False),
    ]
    print(f"{'case':<40} {'texts':>5} {'median µs per text':>20}")
    for label, texts, language, rtl in cases:
        cost = _median_microseconds(texts, language, rtl, args.runs, args.number)
        print(f"{label:<40} {len(texts):>5} {cost:>20.0f}")


if __name__ == "__main__":
    main()
