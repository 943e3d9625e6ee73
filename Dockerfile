FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /srv

COPY pyproject.toml constraints.txt README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
RUN pip install -c constraints.txt -e .

COPY seeds ./seeds
COPY scripts ./scripts

RUN useradd --system --home /srv api
USER api
EXPOSE 8000
CMD ["./scripts/start.sh"]
