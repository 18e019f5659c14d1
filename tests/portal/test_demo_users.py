from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from portal.management.commands.create_demo_users import DEMO_USERS


def run():
    out = StringIO()
    call_command("create_demo_users", stdout=out)
    return out.getvalue()


def test_refuses_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        run()
    assert not get_user_model().objects.filter(username="redaktion").exists()


def test_creates_one_user_per_role_once(db, settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD_FREIGABE", "vorstand-passwort-123")
    output = run()
    User = get_user_model()
    for username, group in DEMO_USERS:
        assert User.objects.get(username=username).groups.filter(name=group).exists()
    assert "vorstand-passwort-123" not in output
    assert "DEMO_PASSWORD_FREIGABE" in output
    assert User.objects.get(username="freigabe").check_password("vorstand-passwort-123")
    assert "redaktion (Redaktion):" in output
    assert "redaktion (Redaktion):" not in run()
    assert User.objects.filter(username__in=[name for name, _ in DEMO_USERS]).count() == 7


def test_two_editors_can_review_each_others_text(db, settings):
    """Step 1 goes to Redaktion; with two editors in it, neither needs the admin account."""
    settings.DEBUG = True
    run()
    editors = get_user_model().objects.filter(groups__name="Redaktion", is_superuser=False)
    assert set(editors.values_list("username", flat=True)) == {"redaktion", "redaktion2"}


def test_an_empty_password_variable_gives_a_random_password_that_is_shown(
    db, settings, monkeypatch
):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD_MITGLIED", "")
    output = run()
    line = next(line for line in output.splitlines() if line.startswith("mitglied "))
    assert "DEMO_PASSWORD_MITGLIED" in line
    password = line.split(": ", 1)[1].split(" ", 1)[0]
    assert len(password) >= 12
    assert get_user_model().objects.get(username="mitglied").check_password(password)


def test_an_empty_admin_password_variable_gives_a_random_password_that_is_shown(db, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "")
    monkeypatch.setenv("ADMIN_USERNAME", "chefin")
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    lines = out.getvalue().splitlines()
    assert any("ADMIN_PASSWORD" in line for line in lines)
    password = next(
        line.rsplit(": ", 1)[1] for line in lines if line.strip().startswith(("password", "Pass"))
    )
    assert get_user_model().objects.get(username="chefin").check_password(password)


def test_console_messages_are_english_whatever_the_portal_language(db, settings, monkeypatch):
    """Operators read the console in English (as the manual), not in LANGUAGE_CODE."""
    settings.DEBUG = True
    monkeypatch.setenv("ADMIN_USERNAME", "chefin")
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    assert "Created the admin account for" in out.getvalue()
    assert "Passwords are shown only once, when an account is created." in run()


def test_ensure_admin_names_the_address_the_portal_runs_on(db, settings, monkeypatch):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8105"
    monkeypatch.setenv("ADMIN_USERNAME", "chefin")
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    assert "Created the admin account for http://127.0.0.1:8105/admin/" in out.getvalue()
    assert ":8000" not in out.getvalue()
