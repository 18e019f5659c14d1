"""wagtail-localize's per-translation views, refused for translations into other languages.

Upstream checks that the person may edit the translated object, which for a page is
per locale (page permissions), but for a snippet only per type: whoever may change news
categories could edit the strings of every language's category. Each view here checks the
target language first (`translation.permissions`) and then runs upstream's view unchanged.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from translation.permissions import may_edit_locale
from translation.views import machine_translate, pofile


def own_locale_required(view):
    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        if not may_edit_locale(request.user, translation.target_locale_id):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


# (path below /admin/localize/, view): the same paths as upstream's.
GUARDED_VIEWS = (
    (
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        edit_translation.edit_string_translation,
    ),
    (
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        edit_translation.edit_override,
    ),
    (
        "translate/<int:translation_id>/pofile/download/",
        edit_translation.download_pofile,
    ),
    ("translate/<int:translation_id>/pofile/upload/", pofile.upload_pofile),
    (
        "translate/<int:translation_id>/machine_translate/",
        machine_translate.machine_translate,
    ),
    (
        "translate/<int:translation_id>/preview/",
        edit_translation.preview_translation,
    ),
    (
        "translate/<int:translation_id>/preview/<str:mode>/",
        edit_translation.preview_translation,
    ),
    (
        "translate/<int:translation_id>/disable/",
        edit_translation.stop_translation,
    ),
)
