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

from portal.wagtail_localize_publishing import ReviewedUpdateTranslationsView
from translation.machine_translators import MachineTranslationError


def failure_message(error):
    return _("Machine translation failed: %(reason)s") % {"reason": error}


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


class SafeUpdateTranslationsView(ReviewedUpdateTranslationsView):
    """The "Sync translated pages" form, failing gracefully when machine translation fails.

    Upstream's form_valid runs in one transaction, so a failing service rolls back the whole
    sync; the form is shown again with the reason. Builds on the portal's reviewed sync view
    (publishing only for those who may), which it replaces on the same URL.
    """

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except MachineTranslationError as error:
            messages.error(self.request, failure_message(error))
            return self.render_to_response(self.get_context_data())
