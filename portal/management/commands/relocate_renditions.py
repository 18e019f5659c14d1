"""Puts every image rendition where its image's privacy says (privacy/images).

Normally this happens by itself when privacy changes; run it once after upgrading an
installation whose private images already had renditions in the public folder.
"""

from django.core.management.base import BaseCommand, no_translations
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.images import get_image_model

from privacy.images.sync import relocate_renditions


class Command(BaseCommand):
    help = _(
        "Deletes image renditions stored in the wrong folder for their image's privacy; "
        "they are made again where they belong the next time a page shows them."
    )

    @no_translations
    def handle(self, *args, **options):
        count = relocate_renditions(get_image_model().objects.all())
        self.stdout.write(
            ngettext(
                "%(count)d misplaced rendition deleted.",
                "%(count)d misplaced renditions deleted.",
                count,
            )
            % {"count": count}
        )
