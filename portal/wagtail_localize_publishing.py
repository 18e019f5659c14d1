"""Keep wagtail-localize's "Sync translated pages" from publishing past the reviewers.

Its form offers "Publish immediately" to every admin user and then publishes the translations
in all locales, without checking publish permission. Here the option stays available only to
users who may publish every one of those translations (Freigabe, admins); for everyone else it
is shown disabled, and the sync only refreshes the texts to translate. The view is registered
under wagtail-localize's own URL (see `portal.wagtail_hooks`). It can go once wagtail-localize
checks publish permission in `UpdateTranslationsView` itself.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.update_translations import UpdateTranslationsView


def user_can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.is_superuser or user.has_perm(get_permission_name("publish", type(instance)))
    return True


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    def may_publish(self):
        if not hasattr(self, "_may_publish"):
            translations = self.object.translations.filter(enabled=True).select_related(
                "target_locale", "source"
            )
            self._may_publish = all(
                user_can_publish(self.request.user, translation.get_target_instance())
                for translation in translations
            )
        return self._may_publish

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _(
                "Only the board (Freigabe) can publish translations directly; submit each "
                "translation for review instead."
            )
        return form
