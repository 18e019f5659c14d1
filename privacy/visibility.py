"""What a visitor may see: the portal's one privacy rule for pages, documents and images.

Wagtail restricts a page and its subtree. A translation, however, lives in another
locale's tree, so on its own Wagtail would publish the French version of a members-only
German page. The portal's rule, used by every channel (serving, sitemap, API, feeds, news
lists, related links, permalinks, document and image downloads, search):

* **Pages.** A page is hidden when *any language version* of it (pages sharing its
  ``translation_key``), or of the page it is an alias of, lies at or below a view
  restriction (login, groups or password) the request does not pass. Lists additionally
  show only live pages that are not aliases.
* **Documents.** A document is hidden when its collection (or a parent collection) has a
  restriction the request does not pass, or when it is used only by pages the request may
  not see: archive entry files, and document blocks, links and choosers recorded in Wagtail's
  reference index. Documents nobody uses, or used by a snippet (the footer), follow their
  collection alone. Editors who may change or choose a document always get it.
* **Images.** An image in a restricted collection is private: its renditions are stored
  outside the public rendition folder and served only through a checked view
  (``privacy/images``).
* **Listings** (the API) show only documents and images that are in use where the request
  may see them: on a live page it may see, or in a published snippet (the footer). An upload
  nobody placed yet is not listed before an editor publishes a page or snippet with it.

Two entry points: ``visibility(request)`` decides for one request (a member sees what
members may see; a signed-in account counts only once trusted, see
``portal.twofactor.policy``), ``public_visibility()`` for what an anonymous visitor sees,
which is what lists and machine-readable channels show to everybody. Both read the
request's one restriction snapshot (``privacy/snapshot.py``) and decide with the plain
functions of ``privacy/rules.py``; this module turns those decisions into querysets and
refusals.
Every method costs a fixed, small number of queries, whatever the size of the tree.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)

from portal.request_state import RequestState, state
from privacy import rules, snapshot
from privacy.restrictions import restricted

# Relations from a page's child objects to documents that are always current (unlike the
# reference index, which a background task fills): (model, document field, page field).
# The knowledge app registers its archive entry files here.
DIRECT_DOCUMENT_LINKS = []


def register_document_link(model, document_field, page_field):
    """Treat ``model`` rows as "this page uses this document" (see DIRECT_DOCUMENT_LINKS)."""
    link = (model, document_field, page_field)
    if link not in DIRECT_DOCUMENT_LINKS:
        DIRECT_DOCUMENT_LINKS.append(link)


def visibility(request):
    """The rule for this request (a member passes members-only restrictions)."""
    if request is None:
        return Visibility(None)
    remembered = state(request)
    if remembered.visibility is None:
        remembered.visibility = Visibility(request)
    return remembered.visibility


def public_visibility(request=None):
    """The rule for an anonymous visitor, whoever asks; kept for the request if given."""
    if request is None:
        return Visibility(None)
    remembered = state(request)
    if remembered.public_visibility is None:
        remembered.public_visibility = Visibility(request, as_anonymous=True)
    return remembered.public_visibility


def _as_text(field):
    """The reference index stores object ids as text; compare ids the same way."""
    return Cast(field, output_field=CharField(max_length=255))


class Visibility:
    def __init__(self, request=None, *, as_anonymous=False):
        """``request`` is the visitor's; with ``as_anonymous`` it only shares the request's
        snapshot, and every restriction counts as failed."""
        self.request = request
        self.viewer = rules.viewer_for(request, as_anonymous=as_anonymous)
        # The request's state holds the snapshot for both rules of the request; without a
        # request, this rule keeps one of its own.
        self._holder = state(request) if request is not None else RequestState()

    @property
    def anonymous(self) -> bool:
        """True when every restriction counts as failed (lists, or no request at all)."""
        return self.viewer is rules.ANONYMOUS

    @property
    def _user(self):
        return self.viewer.user

    def _failed(self, restrictions):
        return rules.failed(restrictions, self.viewer, snapshot.restriction_groups)

    # -- pages ---------------------------------------------------------------------------

    @property
    def page_restrictions(self):
        """Every page view restriction, with the tree path of its page."""
        return snapshot.page_snapshot(self.request, self._holder).restrictions

    @cached_property
    def failed_page_restrictions(self):
        return self._failed(self.page_restrictions)

    @property
    def failed_paths(self) -> tuple[str, ...]:
        """Tree paths of the pages whose restriction this request fails (their subtrees)."""
        return tuple(r.page.path for r in self.failed_page_restrictions)

    def _restrictions_loaded(self):
        return self._holder.restrictions is not None

    def hidden_translation_keys(self):
        """A subquery of the translation keys this request may not see, or None.

        Use it as ``queryset.exclude(translation_key__in=keys)`` on any model that carries
        the pages' translation keys (pages, or a search index of them).
        """
        if self.anonymous and not self._restrictions_loaded():
            # An anonymous visitor fails every restriction: decide inside the list's own
            # query instead of loading the restrictions first (lists cost no extra query).
            return Page.objects.filter(restricted()).values("translation_key")
        if not self.failed_paths:
            return None
        return Page.objects.filter(snapshot.below(self.failed_paths)).values("translation_key")

    def exclude_hidden(self, queryset):
        """``queryset`` (of pages) without the pages this request may not see."""
        keys = self.hidden_translation_keys()
        if keys is None:
            return queryset
        return queryset.exclude(translation_key__in=keys).exclude(
            alias_of__translation_key__in=keys
        )

    def listed(self, queryset=None):
        """What lists show: live pages, no aliases, none the request may not see."""
        if queryset is None:
            queryset = Page.objects.all()
        return self.exclude_hidden(queryset.live().filter(alias_of__isnull=True))

    def restrictions_of(self, page):
        """Every restriction on any language version of ``page`` (or of its alias source),
        passed or not.

        One query: when this is the first question of the request (serving a page), the
        restrictions are loaded together with the answer for this page.
        """
        loaded = snapshot.covering_snapshot(self.request, self._holder, page)
        ids = loaded.covering[page.pk]
        return [restriction for restriction in loaded.restrictions if restriction.pk in ids]

    def in_locale(self, model, linked, locale_id):
        """Linked pages (``linked``, of ``model``) as this request may see them, in order.

        Each is shown in the language ``locale_id`` where it is translated, else as linked
        (its original language), else in another visible language; a page with no visible
        version is dropped. Two queries, however many links.
        """
        linked = [page for page in linked if page is not None]
        keys = list(dict.fromkeys(page.translation_key for page in linked))
        if not keys:
            return []
        linked_ids = {page.pk for page in linked}
        versions = (
            self.listed(model.objects.all())
            .filter(translation_key__in=keys)
            .select_related("locale")
            .defer_streamfields()
        )

        def preference(page):
            return (page.locale_id == locale_id, page.pk in linked_ids)

        chosen = {}
        for version in versions:
            current = chosen.get(version.translation_key)
            if current is None or preference(version) > preference(current):
                chosen[version.translation_key] = version
        return [chosen[key] for key in keys if key in chosen]

    def blocking_restriction(self, page):
        """The restriction that hides ``page`` from this request, or None.

        Checks every language version of the page (and of the page it is an alias of), so
        that translations of a restricted page stay restricted.
        """
        if self._restrictions_loaded() and not self.failed_page_restrictions:
            return None
        # Asked first, the page's own restrictions load together with the list (one query).
        covering = self.restrictions_of(page)
        if not covering:
            return None
        return rules.blocking(covering, self.failed_page_restrictions)

    def may_see(self, page) -> bool:
        return page.live and self.blocking_restriction(page) is None

    def sees_more_than_anonymous(self) -> bool:
        """True when this request passes a page or collection restriction (a member, a
        password entered): what it is shown may hold more than the public sees, and must be
        sent with ``Cache-Control: private``."""
        if self.anonymous or (self._user is None and not self._passed_passwords()):
            return False  # fails every restriction: nothing to load
        pages = len(self.failed_page_restrictions) < len(self.page_restrictions)
        return pages or len(self.failed_collection_restrictions) < len(self.collection_restrictions)

    def _passed_passwords(self) -> bool:
        session = getattr(self.request, "session", None)
        keys = (
            PageViewRestriction.passed_view_restrictions_session_key,
            CollectionViewRestriction.passed_view_restrictions_session_key,
        )
        return session is not None and any(session.get(key) for key in keys)

    # -- collections, documents, images --------------------------------------------------

    @cached_property
    def failed_collection_restrictions(self):
        return self._failed(self.collection_restrictions)

    @property
    def collection_restrictions(self):
        """Every collection view restriction, with the tree path of its collection."""
        return snapshot.collection_restrictions(self._holder)

    def hidden_collections(self):
        """A subquery of the ids of collections whose items this request may not see."""
        paths = [r.collection.path for r in self.failed_collection_restrictions]
        if not paths:
            return Collection.objects.none().values("pk")
        return Collection.objects.filter(snapshot.below(paths)).values("pk")

    def collection_restriction(self, collection_id):
        """The collection restriction this request fails for ``collection_id``, or None."""
        failed = self.failed_collection_restrictions
        if not failed:
            return None
        path = Collection.objects.filter(pk=collection_id).values_list("path", flat=True).first()
        return rules.failed_in_collection(path, failed)

    def _references_to(self, model):
        return ReferenceIndex.objects.filter(
            to_content_type=ReferenceIndex._get_base_content_type(model)
        )

    def _hidden_by_use_q(self, model):
        """Q for objects of ``model`` used by pages, none of them live and visible here.

        Expects the queryset to be annotated with ``usage_key`` (the primary key as text, as
        the reference index stores it).
        """
        used, seen = self._use_q(model)
        return used & ~seen

    def _use_q(self, model):
        """(used by any page, used where this request sees it: by a live page it may see or
        by a snippet), as Q objects on a queryset annotated with ``usage_key``."""
        page_type = ContentType.objects.get_for_model(Page)
        references = self._references_to(model)
        by_pages = references.filter(base_content_type=page_type)
        visible_pages = self.exclude_hidden(Page.objects.live())
        visible_keys = visible_pages.annotate(key=_as_text("pk")).values("key")
        used = Q(usage_key__in=by_pages.values("to_object_id"))
        seen = Q(
            usage_key__in=by_pages.filter(object_id__in=visible_keys).values("to_object_id")
        ) | Q(usage_key__in=references.exclude(base_content_type=page_type).values("to_object_id"))
        if model is _document_model():
            for link_model, document_field, page_field in DIRECT_DOCUMENT_LINKS:
                links = link_model.objects.all()
                used |= Q(pk__in=links.values(document_field))
                seen |= Q(
                    pk__in=links.filter(**{f"{page_field}__in": visible_pages.values("pk")}).values(
                        document_field
                    )
                )
        return used, seen

    def _visible_media(self, queryset):
        return (
            queryset.exclude(collection__in=self.hidden_collections())
            .annotate(usage_key=_as_text("pk"))
            .exclude(self._hidden_by_use_q(queryset.model))
        )

    def _published_media(self, queryset):
        """Of ``queryset``, what this request may see *and* what is in use where it may see
        it: on a live page it may see (archive entry files, blocks, links, choosers) or in a
        snippet an editor published (the footer). A fresh upload nobody placed yet is not."""
        _used, seen = self._use_q(queryset.model)
        return (
            queryset.exclude(collection__in=self.hidden_collections())
            .annotate(usage_key=_as_text("pk"))
            .filter(seen)
        )

    def documents(self, queryset=None):
        """Documents this request may see (for listings such as the API)."""
        if queryset is None:
            queryset = _document_model().objects.all()
        return self._visible_media(queryset)

    def images(self, queryset=None):
        """Images this request may see (for listings such as the API)."""
        if queryset is None:
            queryset = _image_model().objects.all()
        return self._visible_media(queryset)

    def published_documents(self, queryset=None):
        """Documents in use where this request may see them (what the API lists)."""
        if queryset is None:
            queryset = _document_model().objects.all()
        return self._published_media(queryset)

    def published_images(self, queryset=None):
        """Images in use where this request may see them (what the API lists)."""
        if queryset is None:
            queryset = _image_model().objects.all()
        return self._published_media(queryset)

    def page_refusal(self, page):
        """Why this request may not see ``page`` (a Refusal), or None if it may."""
        restriction = self.blocking_restriction(page)
        return None if restriction is None else Refusal(restriction, restriction.page)

    def _refusal_by_use(self, obj):
        """For one document or image: a Refusal if pages use it and the request may see
        none of them (live and visible), else None."""
        page_type = ContentType.objects.get_for_model(Page)
        references = ReferenceIndex.get_references_to(obj)
        page_ids = {
            int(key)
            for key in references.filter(base_content_type=page_type).values_list(
                "object_id", flat=True
            )
        }
        if type(obj) is _document_model():
            for link_model, document_field, page_field in DIRECT_DOCUMENT_LINKS:
                page_ids.update(
                    link_model.objects.filter(**{document_field: obj.pk}).values_list(
                        f"{page_field}_id", flat=True
                    )
                )
        if not page_ids or references.exclude(base_content_type=page_type).exists():
            return None
        users = Page.objects.filter(pk__in=page_ids)
        if self.exclude_hidden(users.live()).exists():
            return None
        for page in users.live().order_by("path"):
            refusal = self.page_refusal(page)
            if refusal is not None:
                return refusal
        return Refusal()  # used by drafts only

    def media_refusal(self, obj):
        """Why this request may not have this document or image, or None if it may.

        Editors who may change or choose the object always get it (the admin links to it).
        """
        restriction = self.collection_restriction(obj.collection_id)
        refusal = Refusal(restriction) if restriction else self._refusal_by_use(obj)
        if refusal is not None and self._is_editor_of(obj):
            return None
        return refusal

    def _is_editor_of(self, obj) -> bool:
        from wagtail.permissions import policy_registry

        if self._user is None:
            return False
        permission_policy = policy_registry.get_by_type(type(obj))
        return permission_policy.user_has_any_permission_for_instance(
            self._user, ["change", "choose"], obj
        )


@dataclass(frozen=True)
class Refusal:
    """Why something is hidden: the restriction to pass (with the page it sits on, for the
    password form), or no restriction at all for content only drafts use."""

    restriction: BaseViewRestriction | None = None
    page: Page | None = None


def _document_model():
    from wagtail.documents import get_document_model

    return get_document_model()


def _image_model():
    from wagtail.images import get_image_model

    return get_image_model()


class PrivacyCheckedPage:
    """Mixin for every page model: Wagtail's own view-restriction check, which runs after the
    portal's (``knowledge.wagtail_hooks.restrict_every_language_version``), reuses the
    restrictions the portal's rule found for this request instead of querying the page's
    ancestors and their restrictions again (two queries per page view)."""

    def get_view_restrictions(self):
        ids = self.__dict__.get("_portal_view_restriction_ids")
        if ids is None:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.filter(pk__in=ids)
