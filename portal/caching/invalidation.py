"""What makes cached pages out of date, and how they are dropped.

Any change to what visitors can see replaces the content version (``content_version.renew``):
pages published, unpublished, moved or deleted; snippets (footer, news categories, document
types, ...), images, documents, sites, locales and page view restrictions saved or deleted.
Saving a draft changes nothing public and keeps the cache.

The version is renewed twice: at once, so that this process sees the change, and again when
the transaction commits, so that a page another process rendered from the old data while the
change was being written cannot stay cached. With a caching proxy configured
(``WAGTAILFRONTENDCACHE``), the commit also queues a purge of every site's root URL, which the
proxy's configuration (deploy/varnish/default.vcl) treats as "drop this host's pages"; the
purge is a task, run by the ``tasks`` service.

``migrate`` renews it too: a migration can change what the stored pages and fragments were
built from (data migrations, new defaults) even when the release key in front of every cache
key (``portal/settings/release.py``) is set by hand and stays the same.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from portal.caching import content_version


def _watched(instance, include_pages):
    models = (Site, Locale, PageViewRestriction, get_image_model(), get_document_model())
    models += (BaseGenericSetting, BaseSiteSetting)  # settings shown on pages (demo notice)
    if include_pages:
        models += (Page,)
    return isinstance(instance, models) or type(instance) in get_snippet_models()


class _AfterCommit:
    """Renew the version and purge the proxy once the transaction is committed."""

    def __init__(self):
        self.done = False

    def __call__(self):
        self.done = True
        content_version.renew()
        purge_proxy()


def _pending(connection):
    return any(
        isinstance(callback, _AfterCommit) and not callback.done
        for _sids, callback, _robust in connection.run_on_commit
    )


def content_changed(**kwargs):
    content_version.renew()
    connection = transaction.get_connection()
    if connection.in_atomic_block and _pending(connection):
        return  # one renewal and one purge per transaction are enough
    transaction.on_commit(_AfterCommit())


def purge_proxy():
    """Ask the caching proxy to drop every page of every site (a queued task)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(sorted({f"{site.root_url}/" for site in Site.objects.all()}))


def _saved(sender, instance, raw=False, **kwargs):
    if not raw and _watched(instance, include_pages=False):
        content_changed()


def _deleted(sender, instance, **kwargs):
    if _watched(instance, include_pages=True):
        content_changed()


def connect():
    signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
    }
    for name, signal in signals.items():
        signal.connect(content_changed, dispatch_uid=f"portal.caching.{name}")
    post_save.connect(_saved, dispatch_uid="portal.caching.saved")
    post_delete.connect(_deleted, dispatch_uid="portal.caching.deleted")
    post_migrate.connect(_migrated, dispatch_uid="portal.caching.migrated")


def _migrated(sender, app_config, **kwargs):
    # Sent once per installed app; the portal's own app stands for the whole run.
    if app_config.name == "portal":
        content_version.renew()
