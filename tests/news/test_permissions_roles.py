import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Redaktion", "Freigabe"])
def test_editorial_roles_may_manage_news_categories(group):
    codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))
    assert {"add_newscategory", "change_newscategory"} <= codenames


def test_members_get_no_category_permissions():
    codenames = Group.objects.get(name="Mitglieder").permissions.values_list("codename", flat=True)
    assert not any(code.endswith("newscategory") for code in codenames)
