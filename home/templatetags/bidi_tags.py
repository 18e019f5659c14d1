"""`{{ value|isolate_bidi }}`: see home.bidi. Accepts plain text (escaped first) or HTML.

`{{ html|safe_urls }}`: rich text with unsafe link URLs removed, see home.safe_links.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi

from home.bidi import isolate
from home.safe_links import drop_unsafe_urls

register = template.Library()


@register.filter(is_safe=True)
def isolate_bidi(value):
    if value is None or value == "":
        return value
    html = str(conditional_escape(value))
    return mark_safe(isolate(html, get_language() or "", get_language_bidi()))


@register.filter(is_safe=True)
def safe_urls(value):
    """Rich text without `javascript:` and other unsafe link URLs: see home.safe_links."""
    if not value:
        return value
    return mark_safe(drop_unsafe_urls(str(value)))
