"""The theme's stylesheet: no rule twice, logical properties only, visible focus everywhere."""

import re
from pathlib import Path

from django.conf import settings

CSS = Path(settings.BASE_DIR, "portal/static/portal/css/site.css").read_text()


def _rules(css):
    """(at-rule context, selector, declarations) for every rule, comments removed."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules, context, position = [], [], 0
    for match in re.finditer(r"([^{}]*)\{|\}", css):
        if match.group(0) == "}":
            if context and context[-1][1] is None:
                context.pop()
            elif context:
                selector, start = context.pop()
                at = " ".join(c[0] for c in context)
                rules.append((at, selector, css[start : match.start()].strip()))
            position = match.end()
            continue
        head = " ".join(match.group(1).split())
        if head.startswith("@"):
            context.append((head, None))
        else:
            context.append((head, match.end()))
        position = match.end()
    assert position, "no rule found"
    return rules


def _declaration(selector, prop, at=""):
    for context, rule_selector, body in _rules(CSS):
        if context == at and rule_selector == selector:
            found = re.search(rf"(?:^|;)\s*{re.escape(prop)}\s*:\s*([^;]+)", body)
            if found:
                return found.group(1).strip()
    raise AssertionError(f"{selector} {{ {prop} }} not found")


def _luminance(hex_colour):
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first, second):
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _variable(name):
    return _declaration(":root", name)


def test_no_property_is_set_twice_for_the_same_selector():
    """Two rules for one selector that set the same property: one of them is dead or wrong."""
    seen = {}
    for context, selector, body in _rules(CSS):
        properties = [part.split(":", 1)[0].strip() for part in body.split(";") if ":" in part]
        for single in (part.strip() for part in selector.split(",")):
            for prop in properties:
                key = (context, single, prop)
                assert key not in seen, f"{single} {{ {prop} }} set twice: {seen[key]!r}"
                seen[key] = selector


def test_focus_outline_contrasts_at_least_3_to_1_with_page_and_footer():
    focus = _variable("--color-focus")
    assert _contrast(focus, _variable("--color-bg")) >= 3
    assert _contrast(focus, _variable("--color-surface")) >= 3
    footer_background = _declaration(".site-footer", "background")
    footer_focus = _declaration(".site-footer :focus-visible", "outline-color")
    assert _contrast(footer_focus, footer_background) >= 3
    assert _contrast(focus, footer_background) < 3  # why the footer needs its own colour


def test_layout_uses_logical_properties_only():
    physical = re.compile(
        r"(?<![-\w])(margin|padding|border)-(left|right|top|bottom)\b"
        r"|(?<![-\w])(left|right|top|bottom)\s*:|\bfloat\s*:\s*(left|right)\b|text-align\s*:\s*(left|right)"
    )
    offending = [
        f"{selector} {{ {body} }}"
        for _context, selector, body in _rules(CSS)
        if physical.search(body)
    ]
    assert offending == []
