"""bin/backup and bin/restore round trip against the local PostgreSQL (the test database)."""

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def _url(name):
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def _psql(name, sql):
    result = subprocess.run(
        ["psql", "-tAX", "-v", "ON_ERROR_STOP=1", _url(name), "-c", sql],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def _run(script, *args, database, media):
    env = dict(os.environ, DATABASE_URL=_url(database), MEDIA_ROOT=str(media))
    return subprocess.run(
        [str(ROOT / "bin" / script), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def scratch_database(db):
    name = f"portal_restore_{uuid.uuid4().hex[:8]}"
    _psql("postgres", f'CREATE DATABASE "{name}"')
    yield name
    _psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_backup_and_restore_round_trip(scratch_database, tmp_path):
    source = connection.settings_dict["NAME"]
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "satzung.pdf").write_bytes(b"%PDF-1.4 Satzung")
    (media / "images").mkdir()
    (media / "images" / "rathaus.width-800.jpg").write_bytes(b"\xff\xd8 jpeg")

    pages = _psql(source, "SELECT count(*) FROM wagtailcore_page")
    backup = _run("backup", tmp_path / "backups", database=source, media=media)
    assert backup.returncode == 0, backup.stderr
    folder = Path(backup.stdout.strip().splitlines()[-1])
    assert {p.name for p in folder.iterdir()} == {"database.dump", "media.tar.gz", "SHA256SUMS"}

    restored_media = tmp_path / "restored"
    restored_media.mkdir()
    (restored_media / "stale.txt").write_text("left over")
    restore = _run("restore", folder, database=scratch_database, media=restored_media)
    assert restore.returncode == 0, restore.stderr

    assert int(pages) > 4
    assert _psql(scratch_database, "SELECT count(*) FROM wagtailcore_page") == pages
    titles = "SELECT string_agg(title, '|' ORDER BY path) FROM wagtailcore_page"
    assert _psql(scratch_database, titles) == _psql(source, titles)
    assert (restored_media / "documents" / "satzung.pdf").read_bytes() == b"%PDF-1.4 Satzung"
    assert (restored_media / "images" / "rathaus.width-800.jpg").exists()
    assert not (restored_media / "stale.txt").exists()


@pytest.mark.postgres
def test_restore_refuses_a_damaged_backup(scratch_database, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    backup = _run("backup", tmp_path, database=connection.settings_dict["NAME"], media=media)
    folder = Path(backup.stdout.strip())
    with (folder / "database.dump").open("ab") as dump:
        dump.write(b"garbage")
    restore = _run("restore", folder, database=scratch_database, media=tmp_path / "m")
    assert restore.returncode == 2
    assert "damaged" in restore.stderr


def test_backup_refuses_a_sqlite_url(tmp_path):
    env = dict(os.environ, DATABASE_URL="sqlite:///x.sqlite3", MEDIA_ROOT=str(tmp_path))
    result = subprocess.run(
        [str(ROOT / "bin" / "backup"), str(tmp_path)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "PostgreSQL" in result.stderr
