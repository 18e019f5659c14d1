from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from home.models import Footer
from translation.snippets import LocaleScopedSnippetViewSet


class FooterViewSet(LocaleScopedSnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    add_to_settings_menu = True
    list_display = ["__str__", "tagline"]


register_snippet(FooterViewSet)
