"""Rich text links keep only safe URLs when rendered, however the link got into the text.

Wagtail's editor (Draftail) drops a `javascript:` link when an editor saves, but rich text
also arrives by other ways that skip that check: wagtail-localize lets translators change
a link's URL in the translation editor (an "override") and stores it as typed, and
imports or data migrations write HTML directly. The check therefore runs where every rich
text is rendered (templates/wagtailcore/shared/richtext.html), with Wagtail's own rule
(`wagtail.whitelist.check_url`): a link with another scheme than http(s), mailto, tel,
ftp and relative URLs loses its `href` and stays as plain text.
"""

import html as html_lib
import re

from bs4 import BeautifulSoup
from wagtail.whitelist import check_url

_ATTRIBUTES = ("href", "src", "action", "formaction")
_URL_ATTRIBUTE = re.compile(
    rf"""\b(?:{"|".join(_ATTRIBUTES)})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I
)


def _is_safe(url):
    return check_url(html_lib.unescape(url)) is not None


def drop_unsafe_urls(html):
    """`html` without URLs of unsafe schemes; unchanged (not re-serialised) when all are safe."""
    found = (
        next(value for value in match.groups() if value is not None)
        for match in _URL_ATTRIBUTE.finditer(html)
    )
    if all(_is_safe(url) for url in found):
        return html
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        for name in _ATTRIBUTES:
            if element.has_attr(name) and check_url(element[name]) is None:
                del element[name]
    return str(soup)
