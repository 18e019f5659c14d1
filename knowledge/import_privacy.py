"""Who may see an imported entry: the ``private`` column, read so that nothing becomes
public by accident.

* ``yes`` restricts the entry to signed-in users, ``no`` removes its restrictions, and an
  empty cell keeps what the entry has now (a new entry needs ``yes`` or ``no``). So
  re-importing a file with a half-filled manifest never opens a members-only entry.
* A change is reported on the row's line ("becomes public", "becomes members-only"), in a
  dry run too, and made the way the admin's *Privacy* dialog makes it: through the
  restriction's own ``save``/``delete``, which write Wagtail's log ("Privacy changed"),
  and only for a user allowed to set restrictions on the page.
* Rows that contradict each other are errors, all of them, because no row can be the
  right one: the rows of one entry (one title) with both ``yes`` and ``no``; one file (by
  its checksum) in two rows.
"""

from collections import defaultdict

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import PageViewRestriction

from .import_checks import RowError

YES = {"yes", "ja", "oui", "true", "1"}
NO = {"no", "nein", "non", "false", "0"}

BECOMES_PUBLIC = gettext_lazy("becomes public")
BECOMES_PRIVATE = gettext_lazy("becomes members-only")


def parse(value: str) -> bool | None:
    """True, False, or None for an empty cell (keep the entry's setting)."""
    value = value.strip().lower()
    if not value:
        return None
    if value not in YES | NO:
        raise RowError(
            _("The private column must be yes, no or empty, not %(value)r.") % {"value": value}
        )
    return value in YES


def _lines(numbers) -> str:
    numbers = sorted(numbers)
    if len(numbers) == 1:
        return str(numbers[0])
    return _("%(lines)s and %(last)d") % {
        "lines": ", ".join(str(number) for number in numbers[:-1]),
        "last": numbers[-1],
    }


def conflicts(rows) -> dict[int, str]:
    """Line number -> message for the rows that contradict other rows of the manifest."""
    found: dict[int, str] = {}
    by_file = defaultdict(list)
    by_title = defaultdict(list)
    for row in rows:
        by_file[row.checksum].append(row)
        by_title[row.title].append(row)
    for same in by_file.values():
        if len(same) > 1:
            message = _(
                "The same file (by its content) is used in lines %(lines)s; "
                "a file belongs to one entry. Remove the duplicate rows."
            ) % {"lines": _lines(row.line for row in same)}
            for row in same:
                found.setdefault(row.line, message)
    for title, same in by_title.items():
        values = {row.private for row in same if row.private is not None}
        if len(values) > 1:
            message = _(
                "Lines %(lines)s give the entry %(title)r both yes and no in the private "
                "column; give all of them the same value (or leave all but one empty)."
            ) % {"lines": _lines(row.line for row in same), "title": title}
            for row in same:
                found.setdefault(row.line, message)
    return found


def group_values(rows) -> dict[str, bool | None]:
    """The privacy each entry (title) asks for: the one explicit value of its rows."""
    values: dict[str, bool | None] = {}
    for row in rows:
        if values.get(row.title) is None:
            values[row.title] = row.private
    return values


def is_restricted(entry) -> bool:
    return entry is not None and entry.pk is not None and entry.view_restrictions.exists()


def change(entry, wanted: bool | None):
    """The reported change (a lazy message) of giving *entry* the privacy *wanted*, or None.

    *entry* None is an entry the import creates; it needs an explicit value.
    """
    if entry is None or entry.pk is None:
        if wanted is None:
            raise RowError(
                _(
                    "The private column is empty, and the entry is new: say yes "
                    "(members only) or no (public)."
                )
            )
        return None
    if wanted is None:
        return None
    restricted = is_restricted(entry)
    if wanted and not restricted:
        return BECOMES_PRIVATE
    if not wanted and restricted:
        return BECOMES_PUBLIC
    return None


def check_permission(entry, user) -> None:
    """The admin's rule: only who may set view restrictions on the page changes them."""
    if user is None:  # the command line: whoever runs manage.py administers the site
        return
    if not entry.permissions_for_user(user).can_set_view_restrictions():
        raise RowError(
            _("You may not change who can see the entry %(title)r.") % {"title": entry.title}
        )


def apply(entry, wanted: bool | None, user=None) -> None:
    """Give *entry* (saved) the privacy *wanted*, logged as the admin logs it."""
    if wanted is None:
        return
    restrictions = list(PageViewRestriction.objects.filter(page=entry))
    if wanted and not restrictions:
        check_permission(entry, user)
        PageViewRestriction(page=entry, restriction_type=PageViewRestriction.LOGIN).save(user=user)
    elif not wanted and restrictions:
        check_permission(entry, user)
        for restriction in restrictions:
            restriction.delete(user=user)
