"""Translatable snippets, edited only in the languages a person works in.

Wagtail's snippet permissions are per model: whoever may change news categories may change
them in every language. A translator must reach their own language's footer, categories and
document types, and neither the German source nor another language. The permission policy
below adds the locale to Wagtail's model permissions: an instance is open to a person only if
they may edit content in its locale (`translation.permissions`: the locales of the page trees
they may edit). The viewset base registers that policy and lists only those instances; hooks
in translation/wagtail_hooks.py refuse the create, edit and delete views for other locales,
and translation/views/guard.py does the same for wagtail-localize's translation views.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from translation.permissions import (
    editable_locale_ids,
    editable_locales,
    language_names,
    may_edit_locale,
)

ANY_ACTION = ("add", "change", "delete", "publish", "lock", "unlock", "view")


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and may_edit_locale(
            user, instance.locale_id
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return super().user_has_any_permission_for_instance(
            user, actions, instance
        ) and may_edit_locale(user, instance.locale_id)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances.filter(locale_id__in=editable_locale_ids(user))


class LocaleScopedSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet for a TranslatableMixin model, scoped to the person's locales."""

    def on_register(self):
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(
                self.model, LocaleScopedPermissionPolicy(self.model), exact_class=True
            )
        super().on_register()

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ANY_ACTION
        )


def refuse_other_locale(request, model, locale):
    """Wagtail hook answer: None if the person may edit `model` in `locale`, else a
    redirect to the listing with a message naming their languages."""
    if not issubclass(model, TranslatableMixin) or may_edit_locale(request.user, locale.pk):
        return None
    messages.error(
        request,
        _("You can only edit %(things)s in your own languages: %(languages)s.")
        % {
            "things": model._meta.verbose_name_plural,
            "languages": language_names(editable_locales(request.user)) or "–",
        },
    )
    return redirect(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")
