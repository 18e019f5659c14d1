from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    """The archive of partnership documents: documents, entries, extraction and search."""

    name = "knowledge"
    verbose_name = _("Knowledge base")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            signals,  # noqa: F401  (connects the indexing and extraction handlers)
            teaser,  # noqa: F401  (declares its fragment)
        )
        from .search import archive  # noqa: F401  (declares its fragments)
