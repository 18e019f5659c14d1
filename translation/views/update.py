"""wagtail-localize's "Sync translated pages/snippets", limited to the person's languages.

Upstream (1.14) runs over the translations into every locale for anyone holding its global
permission: a French translator's sync machine-translated the Arabic page too, and "Publish
immediately" published every language without a publish-permission check. This view
refreshes, machine-translates and (where allowed) publishes only the translations into the
locales the person edits (`translation.permissions`). "Publish immediately" is offered only to
those who may publish every one of them directly (`portal.publishing`: superusers, as all
content here is under the workflow). A failing translation service is reported in the form
and rolls the whole sync back, so nothing is half-applied.

Registered on upstream's URL ahead of upstream (translation/wagtail_hooks.py).
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from portal.publishing import user_can_publish
from translation.machine_translators import MachineTranslationError
from translation.permissions import editable_locale_ids


def failure_message(error):
    return _("Machine translation failed: %(reason)s") % {"reason": error}


class LocaleLimitedUpdateTranslationsView(UpdateTranslationsView):
    publish_help = gettext_lazy(
        "Translations are published through the review (workflow); submit each translation "
        "for review instead."
    )

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm("wagtail_localize.submit_translation"):
            self.object = self.get_object()
            if not self.own_translations():
                messages.error(
                    request,
                    _("'%(object)s' has no translation into your languages to update.")
                    % {"object": self.object.object_repr},
                )
                return redirect(self.get_success_url() or self.get_default_success_url())
        return super().dispatch(request, *args, **kwargs)

    def own_translations(self):
        if not hasattr(self, "_own_translations"):
            self._own_translations = list(
                self.object.translations.filter(
                    enabled=True, target_locale__in=editable_locale_ids(self.request.user)
                ).select_related("source", "target_locale")
            )
        return self._own_translations

    def may_publish(self):
        return all(
            user_can_publish(self.request.user, translation.get_target_instance())
            for translation in self.own_translations()
        )

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = self.publish_help
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["translations"] = [
            {
                "title": str(translation.get_target_instance()),
                "locale": translation.target_locale,
                "edit_url": self.get_edit_url(translation.get_target_instance()),
            }
            for translation in self.own_translations()
        ]
        return context

    def form_valid(self, form):
        try:
            with transaction.atomic():
                self.apply(form)
        except MachineTranslationError as error:
            messages.error(self.request, failure_message(error))
            return self.render_to_response(self.get_context_data())
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def apply(self, form):
        self.object.update_from_db()
        translations = self.own_translations()
        if form.cleaned_data.get("use_machine_translation"):
            translator = get_machine_translator()
            for translation in translations:
                apply_machine_translation(translation.id, self.request.user, translator)
        publish = form.cleaned_data["publish_translations"] and self.may_publish()
        for translation in translations:
            with contextlib.suppress(ValidationError):
                if publish:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(
            self.object, sources_and_translations={self.object: list(translations)}
        )
