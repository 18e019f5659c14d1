"""Unsafe link URLs are dropped from rich text when it is rendered (home/safe_links.py)."""

import pytest
from django.template import Context, Template

from home.safe_links import drop_unsafe_urls


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "jav&#x61;script:alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ],
)
def test_unsafe_link_loses_its_url_and_keeps_its_text(url):
    html = f'<p>Siehe <a href="{url}" class="x">die Seite</a>.</p>'

    assert drop_unsafe_urls(html) == '<p>Siehe <a class="x">die Seite</a>.</p>'


def test_safe_links_are_returned_untouched():
    html = (
        '<p><a href="https://example.org/?a=1&amp;b=2">Web</a> <a href="/de/archiv/">Archiv</a>'
        ' <a href="mailto:info@example.org">Mail</a> <a href="tel:+49211">Tel</a>'
        ' <a href="#teil">Teil</a><br/></p>'
    )

    assert drop_unsafe_urls(html) is html  # not even re-serialised


def test_every_rich_text_is_rendered_through_the_check():
    template = Template("{% load wagtailcore_tags %}{{ text|richtext }}")
    html = template.render(Context({"text": '<p><a href="javascript:alert(1)">x</a></p>'}))

    assert "javascript" not in html
    assert "<a>x</a>" in html
