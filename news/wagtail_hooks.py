from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from news.models import NewsCategory
from translation.snippets import LocaleScopedSnippetViewSet


class NewsCategoryViewSet(LocaleScopedSnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(NewsCategoryViewSet)
