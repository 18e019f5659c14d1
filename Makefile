# Two commands for everyone: `make run` (set up and serve with demo content) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
HOST ?= 127.0.0.1
PORT ?= 8000
# The settings build the admin's address in mails and messages from these.
export HOST PORT

.PHONY: run setup serve test test-tools catalogs messages lint lock clean

run: setup serve

setup: $(VENV)/.installed catalogs
	@bin/install-ocr || true
	@mkdir -p var
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py collectstatic --no-input -v 0
	$(PY) manage.py load_demo
	$(PY) manage.py create_demo_users
	$(PY) manage.py ensure_admin

# The task worker (text extraction of uploaded documents, Wagtail's own tasks) runs next to
# the development server and stops with it.
serve:
	bin/serve $(HOST) $(PORT)

test: test-tools
	$(PY) -m pytest

# Everything the suite needs before pytest runs (.ci/run calls pytest itself, for its exit status).
test-tools: $(VENV)/.installed-dev catalogs
	bin/test-prerequisites

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py compile_catalogs --check

catalogs: $(VENV)/.installed
	$(PY) manage.py compile_catalogs

# Extract new interface strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext).
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l de -l fr -l ar -l en --no-obsolete --no-location \
		-i ".venv/*" -i "static_collected/*" -i "tests/*" -i "bench/*" -i "var/*"

$(VENV)/bin/python:
	bin/make-venv $(PYTHON) $(VENV)

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml requirements.lock
	$(PIP) install -c requirements.lock -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -c requirements.lock -e ".[dev]"
	@touch $@

# Re-pin every dependency after changing pyproject.toml (needs network access to PyPI).
lock:
	rm -rf /tmp/portal-lock-venv && $(PYTHON) -m venv /tmp/portal-lock-venv
	/tmp/portal-lock-venv/bin/pip install -q -e ".[dev]"
	/tmp/portal-lock-venv/bin/pip freeze --exclude-editable | sort > requirements.lock

clean:
	rm -rf $(VENV) static_collected .pytest_cache
