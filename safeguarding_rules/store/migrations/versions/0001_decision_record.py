"""The decision record: recorded assessments and case closures.

Revision ID: 0001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.String(36), nullable=False, unique=True),
        sa.Column("case_ref", sa.String(64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessment_date", sa.Date(), nullable=False),
        sa.Column("jurisdiction", sa.String(32), nullable=False),
        sa.Column("partnership", sa.String(64), nullable=True),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("rulesets", sa.JSON(), nullable=False),
        sa.Column("package_version", sa.String(64), nullable=False),
        sa.Column("api_key_id", sa.String(32), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
    )
    op.create_index("ix_decisions_case_ref", "decisions", ["case_ref"])
    op.create_index("ix_decisions_recorded_at", "decisions", ["recorded_at"])
    op.create_table(
        "case_closures",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("case_ref", sa.String(64), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("api_key_id", sa.String(32), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
    )
    op.create_index("ix_case_closures_case_ref", "case_closures", ["case_ref"])


def downgrade() -> None:
    op.drop_index("ix_case_closures_case_ref", table_name="case_closures")
    op.drop_table("case_closures")
    op.drop_index("ix_decisions_recorded_at", table_name="decisions")
    op.drop_index("ix_decisions_case_ref", table_name="decisions")
    op.drop_table("decisions")
