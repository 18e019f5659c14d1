from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from wagtail.signals import task_approved

        from portal import language_links, signals  # noqa: F401  (receivers, fragments)
        from portal.caching import invalidation, routing, sites  # noqa: F401  (their fragments)
        from portal.notifications import replace_approval_notifier
        from portal.review_warnings import note_single_reviewer

        replace_approval_notifier()
        invalidation.connect()
        task_approved.connect(note_single_reviewer, dispatch_uid="portal.single_reviewer")
