"""A members-only demo page: visible on the site to the group "Mitglieder" only.

Created once and remembered (home.demo_records), restricted before it is translated so that
every translation carries the same restriction (wagtail-localize copies view restrictions).
"""

from django.utils.translation import gettext_lazy
from wagtail.models import Locale, PageViewRestriction
from wagtail.rich_text import RichText

from home.demo_records import demo_object, translate_once
from home.models import HomePage, StandardPage
from portal.roles import MITGLIEDER

TARGETS = ("fr", "ar", "en")
TEXTS = {
    "title": {
        "de": "Mitgliederbereich",
        "fr": "Espace membres",
        "ar": "فضاء الأعضاء",
        "en": "Members' area",
    },
    "slug": {
        "de": "mitgliederbereich",
        "fr": "espace-membres",
        "ar": "fada-al-aada",
        "en": "members-area",
    },
    "intro": {
        "de": "Dieser Bereich ist nur für angemeldete Mitglieder des Vereins sichtbar.",
        "fr": "Cet espace n’est visible que pour les membres connectés de l’association.",
        "ar": "هذا الفضاء مرئي فقط لأعضاء الجمعية بعد تسجيل الدخول.",
        "en": "This area is visible only to signed-in members of the association.",
    },
    "body": {
        "de": "Hier stellt der Vorstand interne Informationen für die Mitglieder bereit.",
        "fr": "Le bureau y met à disposition des informations internes pour les membres.",
        "ar": "يضع المكتب هنا معلومات داخلية رهن إشارة الأعضاء.",
        "en": "Here the board provides internal information for the members.",
    },
}


def load(report):
    from django.contrib.auth.models import Group

    home = HomePage.objects.get(depth=2, locale=Locale.get_default())

    def create():
        page = StandardPage(
            title=TEXTS["title"]["de"],
            slug=TEXTS["slug"]["de"],
            intro=TEXTS["intro"]["de"],
            body=[("paragraph", RichText(f"<p>{TEXTS['body']['de']}</p>"))],
            show_in_menus=False,
        )
        home.add_child(instance=page)
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name=MITGLIEDER))
        page.save_revision().publish()
        report(f"  {page.title}")
        return page

    page, created = demo_object(
        "portal:members",
        StandardPage,
        home.locale,
        adopt=lambda: StandardPage.objects.child_of(home).filter(slug=TEXTS["slug"]["de"]).first(),
        create=create,
    )
    memory = {texts["de"]: {code: texts[code] for code in TARGETS} for texts in TEXTS.values()}
    translated = translate_once("portal:members", page, memory, TARGETS)
    return {
        gettext_lazy("members-only pages created"): int(created),
        gettext_lazy("translations made"): translated,
    }
