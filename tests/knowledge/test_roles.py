import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Redaktion", "Freigabe"])
def test_editorial_roles_may_manage_document_types(group):
    codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))
    assert {"add_documenttype", "change_documenttype"} <= codenames
