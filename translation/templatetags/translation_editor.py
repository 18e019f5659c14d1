"""What the portal adds to wagtail-localize's translation editor (see its template)."""

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from translation.source_changes import source_changes

register = template.Library()


def editor_strings(translation):
    """English texts that wagtail-localize's editor script writes without translating them
    (upstream 1.14), with their translation; translation-editor.js swaps them."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    return {
        f"{source} to {target} translation": _("%(source)s to %(target)s translation")
        % {"source": source, "target": target},
        "More actions": _("More actions"),
    }


def _field_label(model, path):
    try:
        field = model._meta.get_field(path.split(".")[0])
    except FieldDoesNotExist:
        return path
    return capfirst(field.verbose_name)


@register.inclusion_tag("translation/includes/editor_extras.html", takes_context=True)
def translation_editor_extras(context, translation):
    model = translation.source.specific_content_type.model_class()
    changes = [
        {"change": change, "label": _field_label(model, change.field)}
        for change in source_changes(translation)
    ]
    return {
        "strings": editor_strings(translation),
        "changes": changes,
        "source_locale": translation.source.locale,
        "target_locale": translation.target_locale,
    }
