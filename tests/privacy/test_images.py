"""Images in a restricted collection: their renditions are never public files.

Public renditions stay static files under /media/images/; renditions of private images live
outside that folder and are served only by a view that checks access.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from privacy.images.storage import MAX_RENDITION_NAME, made_from
from tests.portal.factories import UserFactory
from tests.privacy.factories import media_on_disk, restricted_collection

__all__ = ["media_on_disk"]

pytestmark = pytest.mark.django_db
Image = get_image_model()


def _image(title, filename="foto.png", collection=None):
    kwargs = {"collection": collection} if collection else {}
    return Image.objects.create(title=title, file=get_test_image_file(filename=filename), **kwargs)


def test_public_renditions_stay_static_files(client, media_on_disk):
    rendition = _image("Marktplatz", "marktplatz.png").get_rendition("fill-100x100")
    assert rendition.url.startswith("/media/images/marktplatz.")
    assert (media_on_disk / rendition.file.name).is_file()
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"


def test_private_renditions_are_served_only_through_the_checked_view(client, media_on_disk):
    image = _image("Vorstandssitzung", "vorstand.png", restricted_collection())
    rendition = image.get_rendition("fill-100x100")

    assert rendition.url.startswith("/protected-images/vorstand.")
    assert not (media_on_disk / "images").exists() or not any((media_on_disk / "images").iterdir())
    guessed = "/media/images/" + rendition.file.name.rsplit("/", 1)[1]
    assert client.get(guessed).status_code == 404
    response = client.get(rendition.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "no-store" in response["Cache-Control"]

    client.force_login(UserFactory())
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content)[:4] == b"\x89PNG"


def test_nested_collections_and_group_restrictions(client, media_on_disk):
    board = restricted_collection("Vorstand", kind=CollectionViewRestriction.GROUPS)
    board.get_view_restrictions().first().groups.add(Group.objects.get(name="Mitglieder"))
    nested = board.add_child(name="Vorstand/2024")
    rendition = _image("Klausur", "klausur.png", nested).get_rendition("max-50x50")
    assert rendition.url.startswith("/protected-images/")
    client.force_login(UserFactory())
    assert client.get(rendition.url).status_code == 302
    client.force_login(UserFactory(groups=["Mitglieder"]))
    assert client.get(rendition.url).status_code == 200


def test_editors_see_private_renditions_in_the_admin(client, media_on_disk, admin_user):
    group_only = restricted_collection("Intern", kind=CollectionViewRestriction.GROUPS)
    rendition = _image("Intern", "intern.png", group_only).get_rendition("max-165x165")
    client.force_login(admin_user)
    assert client.get(rendition.url).status_code == 200


def test_making_an_image_private_removes_its_public_renditions(
    client, media_on_disk, django_capture_on_commit_callbacks
):
    image = _image("Gala", "gala.png")
    public = image.get_rendition("fill-100x100")
    public_file = media_on_disk / public.file.name
    assert public_file.is_file()

    with django_capture_on_commit_callbacks(execute=True):
        image.collection = restricted_collection()
        image.save()

    assert not public_file.exists()
    assert client.get(public.url).status_code == 404
    again = Image.objects.get(pk=image.pk).get_rendition("fill-100x100")
    assert again.url.startswith("/protected-images/")


def test_restricting_a_collection_moves_its_images_renditions(
    client, media_on_disk, django_capture_on_commit_callbacks
):
    parent = Collection.get_first_root_node().add_child(name="Fotos")
    image = _image("Empfang", "empfang.png", parent.add_child(name="Fotos/2023"))
    public_file = media_on_disk / image.get_rendition("width-80").file.name

    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=parent, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert not public_file.exists()
    private = Image.objects.get(pk=image.pk).get_rendition("width-80")
    assert private.url.startswith("/protected-images/")

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert not (media_on_disk / private.file.name).exists()
    assert Image.objects.get(pk=image.pk).get_rendition("width-80").url.startswith("/media/images/")


def test_moving_a_collection_below_a_restricted_one_moves_renditions(
    media_on_disk, django_capture_on_commit_callbacks
):
    members = restricted_collection()
    loose = Collection.get_first_root_node().add_child(name="Lose")
    image = _image("Feier", "feier.png", loose)
    public_file = media_on_disk / image.get_rendition("width-60").file.name
    members.refresh_from_db()  # adding "Lose" before it in name order moved it
    with django_capture_on_commit_callbacks(execute=True):
        loose.move(members, "sorted-child")
    assert not public_file.exists()
    assert (
        Image.objects.get(pk=image.pk)
        .get_rendition("width-60")
        .url.startswith("/protected-images/")
    )


def test_several_renditions_at_once_go_to_the_private_folder(media_on_disk):
    image = _image("Plakat", "plakat.png", restricted_collection())
    renditions = image.get_renditions("width-40", "width-60", "fill-30x30")
    assert all(r.url.startswith("/protected-images/") for r in renditions.values())


@pytest.mark.parametrize(
    "original",
    [
        "original_images/bericht.png",
        "original_images/protokoll.v2.final.png",
        "original_images/" + "sehr-langer-dateiname-" * 4 + ".png",
    ],
)
@pytest.mark.parametrize("spec", ["fill-100x100", "width-40", "max-165x165|format-webp"])
def test_rendition_names_are_traced_back_to_their_original(media_on_disk, original, spec):
    """The storage recognises the names Wagtail really gives (AbstractImage's naming),
    also when the name is cut to 60 characters."""
    image = _image("Name", original.rsplit("/", 1)[1], restricted_collection())
    rendition = image.get_rendition(spec)
    name = rendition.file.name.rsplit("/", 1)[1]
    assert rendition.file.name.startswith("private_renditions/")
    assert made_from(name, image.file.name)
    assert len(name) <= MAX_RENDITION_NAME
    assert not made_from("anderes." + spec.split("|")[0] + ".png", image.file.name)


def test_the_upgrade_command_removes_public_renditions_of_private_images(media_on_disk):
    from io import StringIO

    from django.core.management import call_command
    from django.utils import translation
    from wagtail.models import CollectionViewRestriction as Restriction

    image = _image("Alt", "alt.png")
    public_file = media_on_disk / image.get_rendition("width-30").file.name
    members = Collection.get_first_root_node().add_child(name="Alt-Mitglieder")
    Image.objects.filter(pk=image.pk).update(collection=members)  # no signal, as before
    Restriction.objects.bulk_create([Restriction(collection=members, restriction_type="login")])
    assert public_file.exists()

    out = StringIO()
    with translation.override("en"):
        call_command("relocate_renditions", stdout=out)
    assert out.getvalue().strip() == "1 misplaced rendition deleted."
    assert not public_file.exists()
    assert (
        Image.objects.get(pk=image.pk)
        .get_rendition("width-30")
        .url.startswith("/protected-images/")
    )
