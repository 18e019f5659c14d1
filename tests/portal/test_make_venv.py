"""bin/make-venv on a machine without python3-venv: the pip it bootstraps must match its hash."""

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# python3 as Debian ships it without python3-venv: "-m venv" fails unless --without-pip.
PYTHON_WITHOUT_ENSUREPIP = f"""#!/bin/sh
case " $* " in
  *" -m venv "*) case " $* " in
    *" --without-pip "*) exec {sys.executable} "$@";;
    *) echo "ensurepip is not available" >&2; exit 1;;
  esac;;
esac
exec {sys.executable} "$@"
"""


def _make_venv(tmp_path, wheel, sha256):
    python = tmp_path / "python3"
    python.write_text(PYTHON_WITHOUT_ENSUREPIP)
    python.chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "PIP_BOOTSTRAP_URL": wheel.as_uri()}
    env["PIP_BOOTSTRAP_SHA256"] = sha256
    return subprocess.run(
        [str(ROOT / "bin" / "make-venv"), str(python), str(tmp_path / "venv")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_pip_wheel_with_another_hash_is_refused_and_no_venv_is_left(tmp_path):
    wheel = tmp_path / "pip-0-py3-none-any.whl"
    wheel.write_bytes(b"not the pinned pip")
    result = _make_venv(tmp_path, wheel, "0" * 64)
    assert result.returncode != 0
    actual = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert f"has SHA-256 {actual}, expected {'0' * 64}; not installing it" in result.stderr
    assert not (tmp_path / "venv").exists()
