"""wagtail-localize's machine-translation views, with translation-service failures shown.

Upstream (1.14) lets any error of the translation service escape as a server error. These
views run the same code and turn MachineTranslationError into a message in the editor; no
string is saved when the service fails, so a translator's existing work is untouched. They are
registered on the same URLs ahead of upstream's (translation/wagtail_hooks.py) and can go
together with translation/machine_translators.py.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views.edit_translation import apply_machine_translation

from translation.machine_translators import MachineTranslationError
from translation.views.update import failure_message


@require_POST
def machine_translate(request, translation_id):
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    try:
        translated = apply_machine_translation(translation_id, request.user, translator)
    except MachineTranslationError as error:
        messages.error(request, failure_message(error))
    else:
        if translated:
            messages.success(
                request,
                _(
                    "Translated automatically with %(service)s. Please review the machine "
                    "translations before publishing."
                )
                % {"service": translator.display_name},
            )
        else:
            messages.warning(request, _("There is nothing left to translate."))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
