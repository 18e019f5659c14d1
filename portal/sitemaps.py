"""sitemap.xml with every public page of every locale and its hreflang alternates.

Wagtail's own sitemap lists the descendants of the site's root page only, i.e. the German
tree; here the translations of the root are walked too. Aliases (untranslated copies that
would show German text under another language's URL), private pages and pages whose expiry
date has passed (before `publish_scheduled` has unpublished them) are left out, and so
is every language version of a page restricted in any language (privacy/visibility.py):
the sitemap lists what an anonymous visitor may see, whoever fetches it.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from privacy.visibility import public_visibility


class PortalSitemap(Sitemap):
    def _pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            public_visibility(self.request)
            .listed(Page.objects.filter(in_site))
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
            .select_related("locale")
            .order_by("path")
        )

    def items(self):
        return self._pages().defer_streamfields().specific()

    def _absolute(self, page):
        url = page.get_url(request=self.request)
        return self.request.build_absolute_uri(url) if self.request else page.full_url

    def _alternates(self):
        """translation_key → alternates of every language version, plus x-default."""
        versions = defaultdict(list)
        for page in self._pages().only("id", "url_path", "translation_key", "locale"):
            versions[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": self._absolute(page)}
            )
        alternates = {}
        for key, entries in versions.items():
            default = [e for e in entries if e["lang_code"] == settings.LANGUAGE_CODE]
            extra = (
                [{"lang_code": "x-default", "location": default[0]["location"]}] if default else []
            )
            alternates[key] = entries + extra
        return alternates

    def _urls(self, page, protocol, domain):
        alternates = self._alternates()
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = self._absolute(item)
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
