"""The translatable snippets: under the workflow, per-locale for translators, translated
through wagtail-localize and its review."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation

from home.models import Footer
from knowledge.models import DocumentType
from news.models import NewsCategory
from portal.roles import FREIGABE, REDAKTION, translator_group
from tests.portal.factories import UserFactory
from tests.translation.conftest import english_admin, translate_every_string
from tests.translation.snippet_flow import edit_snippet, snippet_url, snippet_workflow_action

pytestmark = pytest.mark.django_db


def footer_of(client, path):
    return client.get(path).text.split('class="site-footer"')[1]


def test_a_footer_change_goes_live_only_after_both_approvals(client, locales):
    footer = Footer.objects.get(locale=locales["de"])
    old_tagline = footer.tagline
    author = UserFactory(groups=[REDAKTION])
    client.force_login(author)
    form = client.get(snippet_url(footer, "edit")).text
    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form
    edit_snippet(client, footer, "action-submit", tagline="Neue Zeile, noch ungeprüft")
    footer.refresh_from_db()
    assert footer.tagline == old_tagline
    assert footer.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()
    assert "noch ungeprüft" not in footer_of(client, "/de/")

    client.force_login(author)
    assert snippet_workflow_action(client, footer, "approve").status_code == 403
    for group in (REDAKTION, FREIGABE):
        client.force_login(UserFactory(groups=[group]))
        assert snippet_workflow_action(client, footer, "approve").status_code == 200
    footer.refresh_from_db()
    assert footer.tagline == "Neue Zeile, noch ungeprüft"
    client.logout()
    assert "noch ungeprüft" in footer_of(client, "/de/")


def test_the_board_cannot_publish_a_snippet_directly(client, locales):
    category = NewsCategory.objects.filter(locale=locales["de"]).first()
    client.force_login(UserFactory(groups=[FREIGABE]))
    assert 'name="action-publish"' not in client.get(snippet_url(category, "edit")).text
    edit_snippet(client, category, "action-publish", name="Ungeprüft")
    category.refresh_from_db()
    assert category.name != "Ungeprüft"


MODELS = [
    pytest.param(Footer, {"tagline": "Ensemble"}, id="footer"),
    pytest.param(NewsCategory, {"name": "Écoles", "slug": None}, id="news category"),
    pytest.param(
        DocumentType, {"name": "Compte rendu", "plural_name": "Comptes rendus"}, id="type"
    ),
]


def german_source(model, locales):
    if model is Footer:
        Footer.objects.filter(locale=locales["fr"]).delete()
        return Footer.objects.get(locale=locales["de"])
    if model is NewsCategory:
        return NewsCategory.objects.create(locale=locales["de"], name="Schulen", slug="schulen")
    return DocumentType.objects.create(
        locale=locales["de"], name="Protokoll", plural_name="Protokolle"
    )


@pytest.mark.parametrize(("model", "french"), MODELS)
def test_a_translator_translates_each_snippet_through_the_review(client, locales, model, french):
    source = german_source(model, locales)
    translator = english_admin(UserFactory(groups=[translator_group("fr")]))
    client.force_login(translator)
    meta = model._meta
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, source.pk],
    )
    assert client.post(submit, {"locales": [locales["fr"].pk]}).status_code == 302
    target = model.objects.get(translation_key=source.translation_key, locale=locales["fr"])
    assert not target.live

    editor = client.get(snippet_url(target, "edit"))
    assert 'class="js-translation-editor"' in editor.text
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=locales["fr"]
    )
    texts = {field: value for field, value in french.items() if value}
    translate_every_string(translation, "Texte traduit", **texts)
    review = reverse("portal_submit_translation_for_review", args=[translation.pk])
    assert review in editor.text
    client.post(review)
    target.refresh_from_db()
    assert target.current_workflow_state.requested_by == translator
    assert not target.live

    for group in (REDAKTION, FREIGABE):
        client.force_login(UserFactory(groups=[group]))
        assert snippet_workflow_action(client, target, "approve").status_code == 200
    target.refresh_from_db()
    assert target.live
    for field, value in texts.items():
        assert getattr(target, field) == value
    if model is NewsCategory:
        assert target.slug == source.slug


@pytest.mark.parametrize("code", ["fr", "ar", "en"])
@pytest.mark.parametrize("model", [Footer, NewsCategory, DocumentType])
def test_translators_reach_their_own_language_only(client, locales, code, model):
    translator = english_admin(UserFactory(groups=[translator_group(code)]))
    client.force_login(translator)
    meta = model._meta
    listing = client.get(reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"))
    assert listing.status_code == 200
    shown = set(listing.context["object_list"].values_list("locale__language_code", flat=True))
    assert shown == {code}

    for language, locale in locales.items():
        instance = model.objects.filter(locale=locale).first()
        response = client.get(snippet_url(instance, "edit"))
        if language == code:
            assert response.status_code == 200, language
        else:
            assert response.status_code == 302, language
            message = str(list(client.get(response["Location"]).context["messages"])[0])
            assert "in your own languages" in message
