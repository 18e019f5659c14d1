import factory
import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = "Eine kurze Einleitung."

    class Meta:
        model = StandardPage


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_page(page, language_code, **fields):
    """A real (non-alias) translation of `page`, as wagtail-localize would create it."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)
