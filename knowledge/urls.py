"""Public URLs of the knowledge base, mounted under each language prefix."""

from django.urls import path

from . import views

app_name = "knowledge"
urlpatterns = [
    path("archive/<int:page_id>/", views.permalink, name="permalink"),
    path("search/", views.site_search, name="search"),
    path("archive/thumbnail/<int:document_id>/", views.thumbnail, name="thumbnail"),
]
