"""`{{ value|isolate_bidi }}`: see home.bidi. Accepts plain text (escaped first) or HTML."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi

from home.bidi import isolate

register = template.Library()


@register.filter(is_safe=True)
def isolate_bidi(value):
    if value is None or value == "":
        return value
    html = str(conditional_escape(value))
    return mark_safe(isolate(html, get_language() or "", get_language_bidi()))
