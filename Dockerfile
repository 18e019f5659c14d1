# The portal image: gunicorn serves the site, whitenoise its static files. The same image runs
# the worker and one-off commands (migrate, backups). See README, "Production".
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    MEDIA_ROOT=/data/media \
    STATIC_ROOT=/app/static_collected

# postgresql-client: pg_dump/pg_restore for bin/backup and bin/restore. tesseract-ocr and its
# German, French, Arabic and English data: text recognition of scanned documents (the worker).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
       tesseract-ocr tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-ara tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 portal \
    && mkdir -p /data/media /backups \
    && chown portal:portal /data/media /backups

WORKDIR /app
COPY . .
# Editable, so that BASE_DIR is /app (templates/ and locale/ live beside the packages).
RUN pip install --no-cache-dir -c requirements.lock -e . \
    && SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
       sh -c "python manage.py compile_catalogs && python manage.py collectstatic --no-input -v 0"

USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30", \
     "--access-logfile", "-", "--forwarded-allow-ips", "*"]
