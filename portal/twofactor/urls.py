from django.urls import path

from . import views

app_name = "portal_twofactor"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("setup/", views.setup, name="setup"),
]
