"""Private images: renditions of images in a restricted collection are never public files.

Wagtail keeps every rendition in ``MEDIA_ROOT/images/``, named after the original file and
the filter (``plan.fill-480x270.jpg``): guessable, and served by the web server without any
check. Here the rendition storage (``WAGTAILIMAGES_RENDITION_STORAGE``) puts the renditions
of private images into ``MEDIA_ROOT/private_renditions/`` instead, which nothing serves
statically, and gives them URLs of a view that checks access like the document view does.
Public images keep their static URLs. When an image's privacy changes (moved to another
collection, a collection restriction added or removed, a collection moved), its renditions
in the wrong place are deleted at once and made again where they belong on next use.
"""
