"""The release key that prefixes every key of the shared cache.

Redis keeps pickled model instances (routes, pages, fragments) between deploys. After a
deploy that changes a model or applies a migration, a worker of the new release must never
unpickle what the old one stored: an instance of a changed class may fail to load or carry
fields the database no longer has, and the content-version token (``portal.caching
.content_version``) only decides whether a value is used after it has been unpickled.

So every cache key starts with a release key. ``CACHE_RELEASE`` sets it explicitly (a deploy
can pass its image tag or commit); otherwise it is derived from what decides the shape of the
cached objects: the versions of the packages whose models we cache and the names of the
project's migration files. A new migration or an upgrade of Wagtail therefore starts with an
empty cache, and the old release's entries expire on their own (they all have timeouts, and
Redis evicts them first under memory pressure).
"""

import hashlib
from importlib import metadata
from pathlib import Path

#: The distributions whose classes end up in cached pickles.
PICKLED_DISTRIBUTIONS = ("Django", "wagtail", "wagtail-localize", "modelsearch")


def release_key(env, base_dir):
    """`CACHE_RELEASE`, or a short digest of the package versions and migration names."""
    explicit = env.str("CACHE_RELEASE", default="").strip()
    if explicit:
        return explicit
    digest = hashlib.sha256()
    for name in PICKLED_DISTRIBUTIONS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\n".encode())
    for migration in sorted(Path(base_dir).glob("*/migrations/[0-9]*.py")):
        digest.update(f"{migration.parent.parent.name}/{migration.name}\n".encode())
    return digest.hexdigest()[:12]
