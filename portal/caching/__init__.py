"""Caching of public pages: the shared cache, the page cache, the proxy and their invalidation.

* ``backends``: Django's Redis cache, made to degrade to "no cache" when Redis is away.
* ``content_version``: one token for the whole site's published content; every cached page
  and fragment carries the token it was made with and is used only while it is current.
* ``pages``: the page cache middleware (anonymous visitors only) and the Cache-Control that
  lets the caching proxy keep a page.
* ``fragments``, ``sites``, ``routing``: what every page of a language shares (menu, footer,
  locales, site, the root and section pages Wagtail's routing passes through), fetched in
  one round trip and kept under the content version.
* ``invalidation``: publishing, unpublishing, moving or deleting a page and saving a snippet,
  image, document, site or restriction replace the token and purge the proxy.

See docs/operations.md, "Caching".
"""
