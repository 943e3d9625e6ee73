"""Initial schema, and the sector vocabulary of the annotation guide.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 03:25:36.824027
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SECTORS = (
    ("trade", "Trade"),
    ("investment", "Investment"),
    ("industry", "Industry"),
    ("energy", "Energy"),
    ("transport", "Transport"),
    ("logistics", "Logistics"),
    ("agriculture", "Agriculture"),
    ("tourism", "Tourism"),
    ("construction", "Construction"),
    ("innovation", "Innovation"),
    ("ict", "ICT and digital economy"),
    ("smes", "Small and medium-sized enterprises"),
    ("humanitarian", "Humanitarian cooperation"),
    ("education", "Education"),
    ("culture", "Culture"),
    ("science", "Science"),
    ("health", "Health"),
    ("finance", "Finance"),
    ("environment", "Environment"),
    ("sports", "Sports and youth"),
    ("defense", "Defense and security"),
    ("other", "Other"),
)


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.CHAR(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('dateline', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published_on_id'), ['published_on', 'id'], unique=False)

    op.create_table('commissions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commissions')),
    sa.UniqueConstraint('name_key', name=op.f('uq_commissions_name_key'))
    )
    op.create_table('parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('country', 'region', 'organization')", name=op.f('ck_parties_kind')),
    sa.ForeignKeyConstraint(['parent_id'], ['parties.id'], name=op.f('fk_parties_parent_id_parties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parties')),
    sa.UniqueConstraint('code', name=op.f('uq_parties_code'))
    )
    with op.batch_alter_table('parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parties_parent_id'), ['parent_id'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('name_key', name=op.f('uq_people_name_key'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)

    op.create_table('sectors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sectors')),
    sa.UniqueConstraint('slug', name=op.f('uq_sectors_slug'))
    )
    sectors = sa.table('sectors', sa.column('slug', sa.String), sa.column('label', sa.String))
    op.bulk_insert(sectors, [{'slug': slug, 'label': label} for slug, label in SECTORS])
    op.create_table('commission_parties',
    sa.Column('commission_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['commission_id'], ['commissions.id'], name=op.f('fk_commission_parties_commission_id_commissions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_commission_parties_party_id_parties')),
    sa.PrimaryKeyConstraint('commission_id', 'party_id', name=op.f('pk_commission_parties')),
    sa.UniqueConstraint('party_id', 'commission_id', name=op.f('uq_commission_parties_party_id_commission_id'))
    )
    with op.batch_alter_table('commission_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commission_parties_party_id'), ['party_id'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('commission_id', sa.Integer(), nullable=True),
    sa.Column('session_number', sa.Integer(), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('bilateral_meeting', 'commission_session', 'business_forum', 'visit', 'phone_call', 'video_conference', 'signing_ceremony', 'other')", name=op.f('ck_meetings_kind')),
    sa.CheckConstraint("status IN ('held', 'planned')", name=op.f('ck_meetings_status')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_meetings_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['commission_id'], ['commissions.id'], name=op.f('fk_meetings_commission_id_commissions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_commission_id_session_number'), ['commission_id', 'session_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_date_id'), ['date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_kind_date_id'), ['kind', 'date', 'id'], unique=False)

    op.create_table('person_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_aliases_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_aliases')),
    sa.UniqueConstraint('person_id', 'alias', name=op.f('uq_person_aliases_person_id_alias'))
    )
    with op.batch_alter_table('person_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_aliases_person_id'), ['person_id'], unique=False)

    op.create_table('trade_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('party_a_id', sa.Integer(), nullable=False),
    sa.Column('party_b_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Numeric(precision=24, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('period', sa.String(length=16), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('change_pct', sa.Numeric(precision=9, scale=2), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("metric IN ('trade_turnover', 'exports', 'imports', 'investment', 'other')", name=op.f('ck_trade_figures_metric')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_trade_figures_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_a_id'], ['parties.id'], name=op.f('fk_trade_figures_party_a_id_parties')),
    sa.ForeignKeyConstraint(['party_b_id'], ['parties.id'], name=op.f('fk_trade_figures_party_b_id_parties')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trade_figures'))
    )
    with op.batch_alter_table('trade_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trade_figures_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trade_figures_metric_period_start'), ['metric', 'period_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_trade_figures_currency_period_start'), ['currency', 'period_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_trade_figures_party_a_id_party_b_id_period_start'), ['party_a_id', 'party_b_id', 'period_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_trade_figures_party_b_id_period_start'), ['party_b_id', 'period_start'], unique=False)

    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('protocol', 'memorandum', 'agreement', 'declaration', 'roadmap', 'contract', 'program', 'other')", name=op.f('ck_agreements_kind')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_agreements_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agreements_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_kind_id'), ['kind', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_parties',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_parties_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_meeting_parties_party_id_parties')),
    sa.PrimaryKeyConstraint('meeting_id', 'party_id', name=op.f('pk_meeting_parties'))
    )
    with op.batch_alter_table('meeting_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_parties_party_id_date_meeting_id'), ['party_id', 'date', 'meeting_id'], unique=False)

    op.create_table('meeting_sectors',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_sectors_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_meeting_sectors_sector_id_sectors')),
    sa.PrimaryKeyConstraint('meeting_id', 'sector_id', name=op.f('pk_meeting_sectors'))
    )
    with op.batch_alter_table('meeting_sectors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_sectors_sector_id_meeting_id'), ['sector_id', 'meeting_id'], unique=False)

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('name_as_written', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_participants_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_participants_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['parties.id'], name=op.f('fk_participants_party_id_parties')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_participants_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_meeting_id_person_id'), ['meeting_id', 'person_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_participants_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_participants_party_id'))
        batch_op.drop_index(batch_op.f('ix_participants_meeting_id_person_id'))
        batch_op.drop_index(batch_op.f('ix_participants_article_id'))

    op.drop_table('participants')
    with op.batch_alter_table('meeting_sectors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_sectors_sector_id_meeting_id'))

    op.drop_table('meeting_sectors')
    with op.batch_alter_table('meeting_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_parties_party_id_date_meeting_id'))

    op.drop_table('meeting_parties')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_kind_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_article_id'))

    op.drop_table('agreements')
    with op.batch_alter_table('trade_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trade_figures_party_b_id_period_start'))
        batch_op.drop_index(batch_op.f('ix_trade_figures_party_a_id_party_b_id_period_start'))
        batch_op.drop_index(batch_op.f('ix_trade_figures_metric_period_start'))
        batch_op.drop_index(batch_op.f('ix_trade_figures_currency_period_start'))
        batch_op.drop_index(batch_op.f('ix_trade_figures_article_id'))

    op.drop_table('trade_figures')
    with op.batch_alter_table('person_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_aliases_person_id'))

    op.drop_table('person_aliases')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_kind_date_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_date_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_commission_id_session_number'))
        batch_op.drop_index(batch_op.f('ix_meetings_article_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('commission_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commission_parties_party_id'))

    op.drop_table('commission_parties')
    op.drop_table('sectors')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_name'))

    op.drop_table('people')
    with op.batch_alter_table('parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parties_parent_id'))

    op.drop_table('parties')
    op.drop_table('commissions')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_on_id'))

    op.drop_table('articles')
