"""The privacy rule as plain functions: who passes which restriction, over data loaded once.

Nothing here reads a cache or remembers anything: each function takes the visitor
(``Viewer``) and the restrictions (from ``privacy/snapshot.py``) and answers. That makes the
rule the same whichever cache the restrictions came from, and testable on its own.
"""

from dataclasses import dataclass
from functools import cached_property

from wagtail.models import BaseViewRestriction

from portal.twofactor.policy import is_trusted


@dataclass(frozen=True)
class Viewer:
    """Who is asking: a signed-in user (or None) and the session, which holds the password
    restrictions passed. ``ANONYMOUS`` fails every restriction (what lists show)."""

    user: object = None
    session: object = None

    @cached_property
    def group_ids(self) -> frozenset:
        """The user's groups, read once, only if a group restriction needs them."""
        if self.user is None:
            return frozenset()
        return frozenset(self.user.groups.values_list("id", flat=True))

    def passed_password(self, restriction) -> bool:
        if self.session is None:
            return False
        return restriction.pk in self.session.get(
            restriction.passed_view_restrictions_session_key, []
        )


ANONYMOUS = Viewer()


def viewer_for(request, *, as_anonymous=False) -> Viewer:
    """The visitor of `request`; with `as_anonymous` (lists), an anonymous one.

    A password-protected restriction is passed per session even for an anonymous visitor,
    so the session is kept unless the visitor is to count as anonymous.
    """
    if request is None or as_anonymous:
        return ANONYMOUS
    user = getattr(request, "user", None)
    if not is_trusted(user):
        # Not signed in, or a password-only session of an account that needs a second
        # factor: anonymous everywhere until verified (portal/twofactor/policy.py).
        user = None
    return Viewer(user, getattr(request, "session", None))


def failed(restrictions, viewer: Viewer, groups_of) -> list:
    """The restrictions `viewer` does not pass (Wagtail's ``accept_request``, batched).

    ``groups_of(restrictions)`` gives the group ids of each group restriction (one query);
    it is asked only for a signed-in user who is not a superuser.
    """
    if not restrictions:
        return []
    if viewer is ANONYMOUS:
        return list(restrictions)
    user = viewer.user
    groups = groups_of(restrictions) if user is not None and not user.is_superuser else {}
    return [restriction for restriction in restrictions if not passes(restriction, viewer, groups)]


def passes(restriction, viewer: Viewer, groups) -> bool:
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.PASSWORD:
        return viewer.passed_password(restriction)
    if kind == BaseViewRestriction.LOGIN:
        return viewer.user is not None
    if kind == BaseViewRestriction.GROUPS:
        return viewer.user is not None and (
            viewer.user.is_superuser or bool(groups.get(restriction.pk, set()) & viewer.group_ids)
        )
    return True


def blocking(covering, failed_restrictions):
    """The first of the `covering` restrictions the visitor fails, or None."""
    failed_ids = {restriction.pk for restriction in failed_restrictions}
    return next((r for r in covering if r.pk in failed_ids), None)


def failed_in_collection(path, failed_collection_restrictions):
    """The failed collection restriction on the collection at `path` or a parent, or None."""
    for restriction in failed_collection_restrictions:
        if path and path.startswith(restriction.collection.path):
            return restriction
    return None
