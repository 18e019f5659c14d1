import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from news.models import NewsCategory, NewsIndexPage, NewsPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategorie {n}")
    slug = factory.Sequence(lambda n: f"kategorie-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nachrichten {n}")
    slug = factory.Sequence(lambda n: f"nachrichten-{n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Meldung {n}")
    slug = factory.Sequence(lambda n: f"meldung-{n}")
    intro = factory.LazyAttribute(lambda page: f"Kurzfassung von {page.title}.")
    date = datetime.date(2024, 3, 1)

    class Meta:
        model = NewsPage
