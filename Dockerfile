# The API image: scripts/start.sh migrates, ingests seeds/ and /srv/articles, serves on 8000.
# Base pinned by exact version (Python 3.11.14, Debian bookworm); to pin by content as well, append
# the digest that `docker buildx imagetools inspect python:3.11.14-slim-bookworm` prints (@sha256:...).
FROM python:3.11.14-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /srv

COPY pyproject.toml constraints.txt README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
RUN pip install -c constraints.txt -e .

COPY seeds ./seeds
COPY scripts ./scripts

RUN useradd --system --home /srv api && mkdir -p /srv/articles
USER api
EXPOSE 8000
# Healthy while /healthz answers 200 (the database answers); start.sh ingests before serving.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["./scripts/start.sh"]
