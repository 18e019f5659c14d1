"""The editorial roles as data, and the idempotent set-up that grants them.

Every installation gets the same groups and permissions from the data migration
`portal/migrations/0002_roles_and_workflow.py`, never from clicks in the admin.

How the grants reach content that arrives later:

* Pages are covered by the tree: a group's page permissions sit on each locale's home page
  and apply to every page type beneath it (news, archive entries, …). A locale home page that
  is created later (a translation of the German one) gets them from the `post_save` receiver
  in `portal.signals`.
* Snippets and other models need model permissions. `EDITORIAL_MODELS` lists them by label;
  `ensure_roles(apps)` grants what exists and skips models whose app is not installed yet.
  An app that adds one of these models calls `ensure_roles(apps)` again from its own data
  migration (see docs/editors.md, "Editorial workflow and roles").
* Documents and images are granted per collection: editors on the root collection (so every
  collection), each translator group on its own language's collection (`Übersetzung fr`, …),
  created here too. Wagtail checks them against `wagtaildocs.Document` /
  `wagtailimages.Image` even for a custom document model, so a custom model needs nothing
  extra.
* Translators hold "change" on the snippets, which Wagtail grants per type; the locale
  scope comes from their page permissions (`translation.permissions`,
  `translation.snippets`), so they change only their own language's instances.
"""

from dataclasses import dataclass, field

from django.contrib.auth.management import create_permissions

REDAKTION = "Redaktion"
FREIGABE = "Freigabe"
MITGLIEDER = "Mitglieder"
TRANSLATOR_LOCALES = ("fr", "ar", "en")


def translator_group(language_code):
    return f"Übersetzung {language_code}"


def translator_collection(language_code):
    """Name of the document and image collection of one translation language."""
    return f"Übersetzung {language_code}"


# Snippets and other models editors maintain, with the actions they may take on them. Models
# of apps that are not installed (yet) are skipped.
EDITORIAL_MODELS = {
    "home.footer": ("change",),
    "news.newscategory": ("add", "change", "delete"),
    "knowledge.documenttype": ("add", "change", "delete"),
    "knowledge.topic": ("add", "change", "delete"),
}
# Translators change (translate) the instances of their own locale only; new ones arrive
# through wagtail-localize's "Translate", never through "Add".
TRANSLATOR_MODELS = dict.fromkeys(EDITORIAL_MODELS, ("change",))
MEDIA_ACTIONS = ("add", "change", "delete", "choose")
TRANSLATOR_MEDIA_ACTIONS = ("add", "change", "choose")
MEDIA_MODELS = ("wagtaildocs.document", "wagtailimages.image")


@dataclass(frozen=True)
class Role:
    name: str
    admin_access: bool = False
    # Page permission types (wagtailcore.Page codenames without the "_page" suffix), granted
    # on the home page of `locale`, or of every locale when `locale` is None.
    page_permissions: tuple = ()
    locale: str | None = None
    # label → actions, for EDITORIAL_MODELS-style model permissions.
    model_permissions: dict = field(default_factory=dict)
    # Granted on the root collection, or on the locale's own collection when `locale` is set.
    media_actions: tuple = ()
    # Further permissions as "app_label.codename".
    permissions: tuple = ()


EDITOR_PAGE_PERMISSIONS = ("add", "change", "lock")

ROLES = (
    Role(
        REDAKTION,
        admin_access=True,
        page_permissions=EDITOR_PAGE_PERMISSIONS,
        model_permissions=EDITORIAL_MODELS,
        media_actions=MEDIA_ACTIONS,
        permissions=("wagtail_localize.submit_translation",),
    ),
    Role(
        FREIGABE,
        admin_access=True,
        page_permissions=EDITOR_PAGE_PERMISSIONS + ("publish", "unlock"),
        model_permissions=EDITORIAL_MODELS,
        media_actions=MEDIA_ACTIONS,
        permissions=("wagtail_localize.submit_translation",),
    ),
    *(
        Role(
            translator_group(code),
            admin_access=True,
            page_permissions=("add", "change"),
            locale=code,
            model_permissions=TRANSLATOR_MODELS,
            media_actions=TRANSLATOR_MEDIA_ACTIONS,
            permissions=("wagtail_localize.submit_translation",),
        )
        for code in TRANSLATOR_LOCALES
    ),
    # Members only see restricted pages on the public site; no admin access at all.
    Role(MITGLIEDER),
)


def ensure_roles(apps):
    """Create the groups of `ROLES` and grant their permissions; safe to call any number of times.

    `apps` is a migration's app registry (or `django.apps.apps`). Grants are only ever added,
    so permissions an administrator gave a group by hand are kept.
    """
    _create_missing_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        wanted = list(_model_permissions(apps, role))
        if role.admin_access:
            wanted += _permissions(apps, [("wagtailadmin", "access_admin")])
        group.permissions.add(*wanted)
        collection = (
            ensure_collection(apps, translator_collection(role.locale))
            if role.locale
            else _root_collection(apps)
        )
        _grant_media(apps, group, collection, role.media_actions)
    grant_home_page_permissions(apps)


def grant_home_page_permissions(apps, home_pages=None):
    """Give every role its page permissions on the locale home pages (all of them by default)."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    if home_pages is None:
        home_pages = Page.objects.filter(depth=2).select_related("locale")
    groups = {group.name: group for group in Group.objects.filter(name__in=_role_names())}
    page_permissions = {
        permission.codename: permission
        for permission in _permissions(
            apps,
            [("wagtailcore", f"{kind}_page") for role in ROLES for kind in role.page_permissions],
        )
    }
    for home in home_pages:
        for role in ROLES:
            group = groups.get(role.name)
            if group is None or (role.locale and role.locale != home.locale.language_code):
                continue
            for kind in role.page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=home.pk, permission=page_permissions[f"{kind}_page"]
                )


def _role_names():
    return [role.name for role in ROLES]


def _create_missing_permissions(apps):
    """Permissions are normally made after `migrate`; a data migration needs them now."""
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def _model_permissions(apps, role):
    codenames = []
    for label, actions in role.model_permissions.items():
        app_label, model_name = label.split(".")
        try:
            apps.get_model(app_label, model_name)
        except LookupError:
            continue
        codenames += [(app_label, f"{action}_{model_name}") for action in actions]
    codenames += [tuple(name.split(".")) for name in role.permissions]
    return _permissions(apps, codenames)


def _permissions(apps, app_codenames):
    """Permission objects for (app_label, codename) pairs; missing ones are skipped."""
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in dict.fromkeys(app_codenames):
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def _root_collection(apps):
    return apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).first()


def ensure_collection(apps, name):
    """The collection `name` below the root, created if missing (None without a root).

    Migrations see no treebeard methods, so the child is placed by hand, with treebeard's
    own path arithmetic: after the root's last child.
    """
    Collection = apps.get_model("wagtailcore", "Collection")
    root = _root_collection(apps)
    if root is None:
        return None
    existing = Collection.objects.filter(depth=2, name=name).first()
    if existing is not None:
        return existing
    from wagtail.models import Collection as TreeCollection  # for its path arithmetic only

    last = Collection.objects.filter(depth=2).order_by("-path").first()
    step = TreeCollection._str2int(last.path[-TreeCollection.steplen :]) + 1 if last else 1
    path = TreeCollection._get_path(root.path, 2, step)
    collection = Collection.objects.create(name=name, depth=2, path=path, numchild=0)
    Collection.objects.filter(pk=root.pk).update(
        numchild=Collection.objects.filter(depth=2).count()
    )
    return collection


def _grant_media(apps, group, collection, actions):
    if not actions or collection is None:
        return
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for label in MEDIA_MODELS:
        app_label, model_name = label.split(".")
        for permission in _permissions(
            apps, [(app_label, f"{action}_{model_name}") for action in actions]
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def retire_translator_root_media(apps):
    """Translators once held media permissions on the root collection, i.e. on every
    language's documents; their own collection replaces them."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=[translator_group(code) for code in TRANSLATOR_LOCALES],
        collection__depth=1,
    ).delete()
