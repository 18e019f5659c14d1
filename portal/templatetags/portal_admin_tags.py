"""Template tags for the admin screens of the editorial workflow."""

from django import template

from portal.views.translation_review import review_status

register = template.Library()


@register.inclusion_tag("portal/admin/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, translation, instance):
    request = context["request"]
    return {
        "translation": translation,
        "instance": instance,
        "status": review_status(instance, request.user),
        "csrf_token": context.get("csrf_token"),
    }
