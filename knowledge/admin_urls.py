"""Admin document listing with the extraction column, in place of Wagtail's own.

Mounted in portal/urls.py in front of the admin's URLs, at the same paths and behind
the same admin-access check, so links and the AJAX search keep working unchanged.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from .admin_views import ArchiveDocumentIndexView

urlpatterns = [
    path("", require_admin_access(ArchiveDocumentIndexView.as_view()), name="documents_index"),
    path(
        "results/",
        require_admin_access(ArchiveDocumentIndexView.as_view(results_only=True)),
        name="documents_index_results",
    ),
]
