"""Every body block renders in every locale: heading, text, image, quote, document, CTA."""

import json

import pytest
import wagtail_factories
from django.utils.html import escape

from home.models import HomePage, StandardPage
from tests.home.factories import StandardPageFactory, publish
from tests.knowledge.factories import ArchiveDocumentFactory

pytestmark = pytest.mark.django_db

ABOUT = {"de": "ueber-uns", "fr": "a-propos", "ar": "man-nahnu", "en": "about-us"}
TEXTS = {
    "de": {
        "heading": "Abschnitt über den Austausch",
        "paragraph": "Ein Absatz über den Austausch.",
        "alt": "Der Rhein bei Nacht",
        "caption": "Das Rheinufer im Mai",
        "quote": "Ein Satz, der zitiert wird",
        "attribution": "Nezha Asdad, Vorstandsmitglied",
        "document": "Die Erklärung herunterladen",
        "cta": "Mehr über den Verein",
    },
    "fr": {
        "heading": "Section sur les échanges",
        "paragraph": "Un paragraphe sur les échanges.",
        "alt": "Le Rhin la nuit",
        "caption": "Les rives du Rhin en mai",
        "quote": "Une phrase citée",
        "attribution": "Nezha Asdad, membre du comité directeur",
        "document": "Télécharger la déclaration",
        "cta": "En savoir plus sur l’association",
    },
    "ar": {
        "heading": "قسم عن التبادل",
        "paragraph": "فقرة عن التبادل بين المدينتين.",
        "alt": "نهر الراين ليلًا",
        "caption": "ضفاف الراين في مايو",
        "quote": "جملة مقتبسة",
        "attribution": "عضوة مجلس الإدارة",
        "document": "تنزيل الإعلان",
        "cta": "المزيد عن الجمعية",
    },
    "en": {
        "heading": "A section on the exchange",
        "paragraph": "A paragraph about the exchange.",
        "alt": "The Rhine at night",
        "caption": "The Rhine embankment in May",
        "quote": "A sentence that is quoted",
        "attribution": "Nezha Asdad, board member",
        "document": "Download the declaration",
        "cta": "More about the association",
    },
}


def _body(texts, image, document, target):
    return json.dumps(
        [
            {"type": "heading", "value": texts["heading"]},
            {"type": "paragraph", "value": f"<p>{texts['paragraph']}</p>"},
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": texts["alt"]},
                    "caption": texts["caption"],
                },
            },
            {
                "type": "quote",
                "value": {"text": texts["quote"], "attribution": texts["attribution"]},
            },
            {"type": "document", "value": {"document": document.pk, "label": texts["document"]}},
            {"type": "call_to_action", "value": {"label": texts["cta"], "page": target.pk}},
        ]
    )


@pytest.mark.parametrize("language", ["de", "fr", "ar", "en"])
def test_every_block_renders_in_the_pages_language(client, language):
    texts = TEXTS[language]
    image = wagtail_factories.ImageFactory(title="Rheinufer")
    document = ArchiveDocumentFactory(title="Absichtserklärung", filename="erklaerung.txt")
    german_about = StandardPage.objects.get(locale__language_code="de", slug="ueber-uns")
    home = HomePage.objects.get(depth=2, locale__language_code=language)
    page = publish(
        StandardPageFactory(
            parent=home,
            slug="alle-bloecke",
            body=_body(texts, image, document, german_about),
        )
    )
    assert page.locale.language_code == language

    response = client.get(page.url)
    assert response.status_code == 200
    html = response.text
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h2>{escape(texts['heading'])}</h2>" in html
    assert f"<p>{texts['paragraph']}</p>" in html
    figure = html.split('<figure class="block-image">')[1].split("</figure>")[0]
    assert f'alt="{escape(texts["alt"])}"' in figure and "<img " in figure
    assert f"<figcaption>{escape(texts['caption'])}</figcaption>" in figure
    assert f"<blockquote><p>{escape(texts['quote'])}</p></blockquote>" in html
    assert f"<figcaption>— {escape(texts['attribution'])}</figcaption>" in html
    assert f'<a href="{document.url}">{escape(texts["document"])}</a>' in html
    assert "(<bdi>TXT</bdi>" in html
    # The call to action leads to the target page's translation in the page's language.
    about = StandardPage.objects.get(locale__language_code=language, slug=ABOUT[language])
    assert f'<a class="button" href="{about.url}">{escape(texts["cta"])}</a>' in html


def test_decorative_image_has_empty_alt_text(client, home):
    image = wagtail_factories.ImageFactory()
    body = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": True, "alt_text": ""},
                "caption": "",
            },
        }
    ]
    page = publish(StandardPageFactory(parent=home, body=json.dumps(body)))
    figure = client.get(page.url).text.split('<figure class="block-image">')[1]
    assert 'alt=""' in figure.split("</figure>")[0]
    assert "<figcaption>" not in figure.split("</figure>")[0]


def test_document_link_without_label_shows_the_isolated_document_title(client, home):
    document = ArchiveDocumentFactory(title="Déclaration d’intention", filename="d.txt")
    body = [{"type": "document", "value": {"document": document.pk, "label": ""}}]
    page = publish(StandardPageFactory(parent=home, body=json.dumps(body)))
    html = client.get(page.url).text
    assert f'<a href="{document.url}"><bdi>{escape(document.title)}</bdi></a>' in html


def test_call_to_action_to_an_unpublished_page_is_left_out(client, home):
    target = publish(StandardPageFactory(parent=home, title="Bald"))
    target.unpublish()
    body = [{"type": "call_to_action", "value": {"label": "Zur Seite", "page": target.pk}}]
    page = publish(StandardPageFactory(parent=home, body=json.dumps(body)))
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Zur Seite" not in response.text


def test_latin_names_in_arabic_blocks_are_isolated(client):
    image = wagtail_factories.ImageFactory()
    document = ArchiveDocumentFactory(filename="d.txt")
    german_about = StandardPage.objects.get(locale__language_code="de", slug="ueber-uns")
    texts = {
        "heading": "مكتب Düsseldorf",
        "paragraph": "راسلوا Nezha Asdad.",
        "alt": "صورة Rheinufer",
        "caption": "ضفاف Rhein",
        "quote": "قالت Nezha Asdad",
        "attribution": "Nezha Asdad، عضوة",
        "document": "وثيقة PDF",
        "cta": "إلى Marrakesch",
    }
    home = HomePage.objects.get(depth=2, locale__language_code="ar")
    page = publish(
        StandardPageFactory(parent=home, body=_body(texts, image, document, german_about))
    )
    html = client.get(page.url).text.split("<main", 1)[1]
    assert '<h2>مكتب <bdi dir="ltr">Düsseldorf</bdi></h2>' in html
    assert '<p>راسلوا <bdi dir="ltr">Nezha Asdad</bdi>.</p>' in html
    assert 'alt="صورة Rheinufer"' in html  # attributes stay as they are
    assert '<figcaption>ضفاف <bdi dir="ltr">Rhein</bdi></figcaption>' in html
    assert '<blockquote><p>قالت <bdi dir="ltr">Nezha Asdad</bdi></p></blockquote>' in html
    assert '<figcaption>— <bdi dir="ltr">Nezha Asdad</bdi>، عضوة</figcaption>' in html
    assert '>وثيقة <bdi dir="ltr">PDF</bdi></a>' in html
    assert '>إلى <bdi dir="ltr">Marrakesch</bdi></a>' in html
