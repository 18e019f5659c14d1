from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import signals  # noqa: F401  (connects the receivers)
        from portal.caching import invalidation
        from portal.notifications import replace_approval_notifier

        replace_approval_notifier()
        invalidation.connect()
