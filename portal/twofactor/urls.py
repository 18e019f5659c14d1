from django.urls import path

from . import views

app_name = "portal_twofactor"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("setup/", views.setup, name="setup"),
    path("confirm/", views.reverify, name="reverify"),
    path("devices/", views.device_list, name="devices"),
    path("devices/<int:device_id>/remove/", views.device_remove, name="device_remove"),
    path("users/<int:user_id>/", views.device_list, name="user_devices"),
    path("users/<int:user_id>/reset/", views.devices_reset, name="devices_reset"),
]
