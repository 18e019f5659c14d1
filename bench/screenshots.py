"""Screenshots of the public site for docs/site.md: desktop (1280 px) and phone (390 px), in
German and Arabic, with Debian's Chromium (Playwright).

    python bench/screenshots.py http://127.0.0.1:8000 [docs/screenshots]

Prints each file and the header's height at each width.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

# The demo's slugs in each language.
PAGES = {
    "home": {"de": "/de/", "ar": "/ar/"},
    "archive": {"de": "/de/archiv/?q=Marrakesch", "ar": "/ar/al-arshif/?q=مراكش"},
    "news": {"de": "/de/aktuelles/", "ar": "/ar/al-akhbar/"},
}
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
CHROMIUM = "/usr/bin/chromium"


def main(base, folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for device, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            tab = context.new_page()
            for lang in ("de", "ar"):
                for name, paths in PAGES.items():
                    response = tab.goto(base + paths[lang])
                    assert response.status == 200, paths[lang]
                    target = folder / f"{name}-{lang}-{device}.png"
                    tab.screenshot(path=str(target), full_page=name == "home")
                    header = tab.locator(".site-header").bounding_box()["height"]
                    print(f"{target}  header {header:.0f} px")
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
