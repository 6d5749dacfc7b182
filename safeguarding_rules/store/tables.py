"""The store's tables, as SQLAlchemy 2 declarative models: one schema for SQLite and PostgreSQL.

Two append-only tables: ``decisions`` (one row per recorded assessment) and ``case_closures`` (one row
each time a case is closed). A case is open while no closure follows its latest decision. Rows are
never updated: the ORM refuses an update (``_no_updates``), and only erasure and the retention purge
delete (a whole case at a time). The migrations in ``migrations/versions`` create exactly these.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Integer, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

Id = BigInteger().with_variant(Integer, "sqlite")
"""A 64-bit key; SQLite autoincrements only an INTEGER primary key."""


class Base(DeclarativeBase):
    pass


class DecisionRow(Base):
    """One recorded assessment: what was asked, what the rules said, under which rulesets, and who asked."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True)
    case_ref: Mapped[str] = mapped_column(String(64), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    assessment_date: Mapped[dt.date] = mapped_column(Date)
    jurisdiction: Mapped[str] = mapped_column(String(32))
    partnership: Mapped[str | None] = mapped_column(String(64))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)
    rulesets: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    package_version: Mapped[str] = mapped_column(String(64))
    api_key_id: Mapped[str | None] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(16))


class ClosureRow(Base):
    """A case closed: its duties drop out of what is due and ``impact`` passes it by, until it is assessed again."""

    __tablename__ = "case_closures"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    case_ref: Mapped[str] = mapped_column(String(64), index=True)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    api_key_id: Mapped[str | None] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(16))


class AppendOnlyError(RuntimeError):
    """A stored record was about to be changed: records are appended, never edited."""


@event.listens_for(DecisionRow, "before_update")
@event.listens_for(ClosureRow, "before_update")
def _no_updates(_mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    raise AppendOnlyError(f"{type(target).__name__} records are append-only: record a new assessment instead")
