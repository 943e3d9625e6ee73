"""Alembic migrations are the schema: they build every table, and they agree with the models."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, select

from app.db.migrate import alembic_config
from app.db.indexes import include_object
from app.db.models import Base, Sector
from app.db.search import include_name, is_search_object
from app.sectors.vocabulary import SECTORS
from tests.conftest import DatabaseFactory


def test_upgrade_creates_every_table(fresh_engine: Engine) -> None:
    tables = {t for t in inspect(fresh_engine).get_table_names() if not is_search_object(t)} - {"alembic_version"}
    assert tables == set(Base.metadata.tables)


def test_models_and_migrations_agree(fresh_engine: Engine) -> None:
    with fresh_engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_name": include_name, "include_object": include_object(connection.dialect.name)},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_sector_vocabulary_is_seeded_as_the_code_knows_it(fresh_engine: Engine) -> None:
    with fresh_engine.connect() as connection:
        rows = connection.execute(select(Sector.slug, Sector.label).order_by(Sector.id)).all()
    assert [tuple(row) for row in rows] == list(SECTORS)


def test_downgrade_and_upgrade_again(databases: DatabaseFactory) -> None:
    from alembic import command

    from app.db.engine import create_db_engine

    url = databases.new_url()
    config = alembic_config(url)
    command.downgrade(config, "base")
    engine = create_db_engine(url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}  # search objects too
    engine.dispose()
    command.upgrade(config, "head")
    engine = create_db_engine(url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()
