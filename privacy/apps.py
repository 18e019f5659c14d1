from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = "Privacy"

    def ready(self):
        from privacy import archive, signals, snapshot  # noqa: F401  (receivers, fragments)
