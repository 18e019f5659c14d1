from django.urls import include, path
from wagtail import hooks

from translation.views import machine_translate, pofile


@hooks.register("register_admin_urls", order=-10)
def register_localize_overrides():
    """Our versions of three wagtail-localize views, on the same paths and resolved first."""
    urls = [
        path(
            "translate/<int:translation_id>/machine_translate/",
            machine_translate.machine_translate,
            name="machine_translate",
        ),
        path(
            "translate/<int:translation_id>/pofile/upload/",
            pofile.upload_pofile,
            name="upload_pofile",
        ),
        path(
            "update/<int:translation_source_id>/",
            machine_translate.SafeUpdateTranslationsView.as_view(),
            name="update_translations",
        ),
    ]
    return [path("localize/", include((urls, "translation_localize")))]
