"""Page routing that reads a child page in one query (see ``OneQueryChildRoute``)."""


class OneQueryChildRoute:
    """Wagtail's ``Page.route`` that finds a child in one query instead of two.

    Wagtail reads the child page, then its specific page. Where only one page type may be
    a child (a news index holds news, an archive index entries), the child is read as that
    type at once; should a child of another type exist all the same (made before the rule),
    it is not found that way and Wagtail's own route looks again. Listed before ``Page`` and
    after ``RoutablePageMixin``, so a routable page's own routes still come first.
    """

    def route(self, request, path_components):
        models = type(self).allowed_subpage_models() if path_components else []
        if len(models) == 1:
            try:
                child = child_pages(models[0], self).get(slug=path_components[0])
            except models[0].DoesNotExist:
                pass
            else:
                child._cached_parent_obj = self  # as Wagtail does: ancestors need no query
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


def child_pages(model, parent):
    """The children of ``parent`` as ``model`` pages, with what the model names in
    ``routed_with`` (foreign keys its page shows, such as a category) joined in."""
    pages = model.objects.child_of(parent)
    related = getattr(model, "routed_with", ())
    return pages.select_related(*related) if related else pages
