from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from translation import localize_dates, overrides  # noqa: F401  (connects the receiver)

        localize_dates.apply()
