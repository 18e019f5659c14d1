"""Give a new locale home page the roles' page permissions and the editorial workflow.

The data migration runs before any translated home page exists: the French, Arabic and English
home pages are created later by wagtail-localize (the demo loader, or a translator). Without
this receiver those trees would have neither the translators' permissions nor the review.
"""

from django.apps import apps as django_apps
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from portal.roles import grant_home_page_permissions
from portal.workflow import assign_to_home_pages, workflow_for_new_home


@receiver(post_save, dispatch_uid="portal.locale_home_created")
def locale_home_created(sender, instance, created, raw=False, **kwargs):
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    grant_home_page_permissions(django_apps, [instance])
    workflow = workflow_for_new_home(instance)
    if workflow is not None:
        assign_to_home_pages(django_apps, workflow, [instance])
