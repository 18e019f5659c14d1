"""A translation that was an alias stays offline until its reviewed version is published.

wagtail-localize turns a page's alias (a live copy of the German page, see
`translation.aliases`) into a real page when someone starts translating it, and leaves it
live with the German text as a stand-in for every string not yet translated. Taking it
offline again makes it an ordinary draft: it goes live through the workflow of its locale,
and until then visitors are sent to the German original.
"""

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page, Site


def keep_converted_aliases_as_drafts(page_ids, user=None):
    """Unpublish the pages among `page_ids` that were aliases and are now live real pages."""
    converted = list(
        Page.objects.filter(pk__in=page_ids, alias_of__isnull=True, live=True).specific()
    )
    for page in converted:
        # Undoing wagtail-localize's own step, not a decision to take content offline, so
        # translators (who may not unpublish) get it too.
        UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
    return converted


def original_of_unpublished_translation(request):
    """The live source-language page behind a URL whose translation is not published yet.

    `request` asked for /<language>/<path>/ and got a 404: if a page exists there that is
    offline (a translation in progress or in review) and its source-language original is live,
    that original is returned.
    """
    parts = [part for part in request.path_info.split("/") if part]
    if len(parts) < 2:
        return None
    source = Locale.get_default()
    locale = Locale.objects.filter(language_code=parts[0]).exclude(pk=source.pk).first()
    site = Site.find_for_request(request)
    if locale is None or site is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    if home is None:
        return None
    page = Page.objects.filter(
        url_path=home.url_path + "/".join(parts[1:]) + "/",
        locale=locale,
        live=False,
        alias_of__isnull=True,
    ).first()
    if page is None:
        return None
    return Page.objects.filter(
        translation_key=page.translation_key, locale=source, live=True, alias_of__isnull=True
    ).first()
