"""Search across the portal: Wagtail's search backends and the site-wide search.

* :mod:`.database` - Wagtail's database backend, with a title norm kept per row.
* :mod:`.resilient` - Wagtail's Elasticsearch 8 backend that falls back to the database
  while the cluster is down (:mod:`.breaker`) and records what it missed (:mod:`.pending`,
  :class:`~search.models.PendingIndexUpdate`).
* :mod:`.analysis` - the per-language analyzers of the Elasticsearch mapping.
* :mod:`.site` - the site-wide search a visitor runs at ``/<lang>/search/``.
* :mod:`.engine` - the protocol the archive's search engines implement
  (``knowledge/search/``).
"""
