"""A translator's link override cannot be a `javascript:` (or other unsafe) URL.

wagtail-localize lets translators change the URL of a link in rich text (and any other
overridable text value, e.g. a URL block) and stores the value as typed, while Wagtail's
editor drops such links when an editor saves. The rendered pages drop them too
(home/safe_links.py), but the API hands rich text out as stored; so the override is refused
when it is saved. Raised inside wagtail-localize's REST view, the error becomes a 400 answer.
"""

import json

from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from wagtail.whitelist import check_url
from wagtail_localize.models import SegmentOverride


@receiver(pre_save, sender=SegmentOverride)
def refuse_unsafe_url(sender, instance, **kwargs):
    value = json.loads(instance.data_json)
    if isinstance(value, str) and check_url(value) is None:
        raise ValidationError(
            {
                "value": [
                    _("A link may lead to a web address, an e-mail address or a phone number only.")
                ]
            }
        )
