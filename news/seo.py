"""Link-preview and search-engine metadata of a news page: OpenGraph and schema.org JSON-LD.

The JSON-LD is serialised here and escaped like Django's `json_script` (<, > and & become
\\u escapes), so no title or lead text can close the <script> element it is embedded in.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# og:locale wants language_TERRITORY; the territory is where the portal's readers live.
OG_LOCALES = {"de": "de_DE", "fr": "fr_FR", "ar": "ar_MA", "en": "en_GB"}
OG_IMAGE_FILTER = "fill-1200x630-c100"
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def og_image(page, request):
    """The absolute URL, width and height of the preview image, or None."""
    if page.image is None:
        return None
    rendition = page.image.get_rendition(OG_IMAGE_FILTER)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def news_article_data(page, request, image=None):
    """A schema.org NewsArticle describing `page`."""
    organisation = {
        "@type": "Organization",
        "name": _("Düsseldorf–Marrakesh Support Association"),
        "url": request.build_absolute_uri("/"),
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.intro,
        "inLanguage": page.locale.language_code,
        "datePublished": page.published_at.isoformat(),
        "dateModified": (page.last_published_at or page.published_at).isoformat(),
        "mainEntityOfPage": request.build_absolute_uri(page.get_url(request=request)),
        "author": organisation,
        "publisher": organisation,
    }
    if page.category:
        data["articleSection"] = page.category.name
    if image:
        data["image"] = [image["url"]]
    return data


def json_ld_script(data):
    """`data` as a <script type="application/ld+json"> element, safe to embed in HTML."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )
