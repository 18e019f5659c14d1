"""Pages under no view restriction, decided inside the query that lists them.

Wagtail's ``PageQuerySet.public()`` first loads every view restriction and then builds one
condition per restriction: one extra query each time a list is made (menu, news lists,
related items). ``public()`` here puts the same rule, "neither the page nor an ancestor has a
restriction", into the list's own query as a NOT EXISTS.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricted():
    """True for a page that has, or lies below a page that has, a view restriction."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def public(pages):
    """`pages` without those under a view restriction (like Wagtail's `.public()`)."""
    return pages.filter(~restricted())
