from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import language_links, signals  # noqa: F401  (receivers, fragments)
        from portal.caching import invalidation, routing, sites  # noqa: F401  (their fragments)
        from portal.notifications import replace_approval_notifier

        replace_approval_notifier()
        invalidation.connect()
