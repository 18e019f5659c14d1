"""In which languages a person may edit content: the locales of the pages they may edit.

Wagtail's page permissions are per subtree, and every locale has its own tree under its home
page, so a group's page permissions already say which languages it works in (`Übersetzung
fr`: the French tree only; `Redaktion`: every tree). Snippets, wagtail-localize's views and
document collections have no such scope of their own; they borrow this one, so that one
grant in `portal.roles` decides a translator's languages everywhere.
"""

from wagtail.models import GroupPagePermission, Locale

EDITING_PERMISSIONS = ("change_page", "add_page", "publish_page")


def editable_locale_ids(user):
    """Ids of the locales `user` may edit content in (source language included)."""
    if not user.is_active:
        return frozenset()
    cached = getattr(user, "_portal_editable_locale_ids", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        ids = frozenset(Locale.objects.values_list("pk", flat=True))
    else:
        grants = set(
            GroupPagePermission.objects.filter(
                group__user=user, permission__codename__in=EDITING_PERMISSIONS
            ).values_list("page__depth", "page__locale_id")
        )
        if any(depth == 1 for depth, _locale in grants):
            ids = frozenset(Locale.objects.values_list("pk", flat=True))
        else:
            ids = frozenset(locale_id for _depth, locale_id in grants)
    user._portal_editable_locale_ids = ids
    return ids


def may_edit_locale(user, locale):
    locale_id = locale if isinstance(locale, int) else locale.pk
    return locale_id in editable_locale_ids(user)


def editable_locales(user):
    return list(Locale.objects.filter(pk__in=editable_locale_ids(user)).order_by("pk"))


def target_locales(user):
    """The locales `user` translates into: the editable ones except the source language."""
    source = Locale.get_default()
    return [locale for locale in editable_locales(user) if locale.pk != source.pk]


def language_names(locales):
    return ", ".join(str(locale.get_display_name()) for locale in locales)
