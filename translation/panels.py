"""The translators' dashboard panel: how many pages await translation in their languages."""

from wagtail.admin.ui.components import Component

from translation.permissions import target_locales
from translation.status import STATUS_LABELS, status_table, summary


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "translation/dashboard_panel.html"
    order = 150

    def __init__(self, user, locales):
        self.user = user
        self.locales = locales

    @classmethod
    def for_user(cls, user):
        locales = target_locales(user)
        return cls(user, locales) if locales else None

    def get_context_data(self, parent_context):
        rows = status_table(self.user, self.locales)
        return {"counts": summary(rows, self.locales), "statuses": STATUS_LABELS}
