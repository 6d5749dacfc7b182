"""The decision store: record an assessment, read a case's history back, close, erase and purge.

SQLAlchemy 2 does all the database work, so the same code runs on an SQLite file (the embedded
default) and on PostgreSQL (a partnership's shared deployment); Alembic owns the schema
(``safeguarding-rules db upgrade``). Nothing here logs a case fact; erasure and the purge write one
audit line each: the number of records, who asked and, for an erasure, a digest of the case reference.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, and_, create_engine, delete, func, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import Decision
from safeguarding_rules.store.caseref import check_case_ref
from safeguarding_rules.store.records import StoredDecision
from safeguarding_rules.store.tables import ClosureRow, DecisionRow

audit = logging.getLogger("safeguarding_rules.store.audit")
"""Erasures and purges: how many records, who asked, and a digest of the case reference; never a fact,
and never the reference itself (logs carry no ``case_ref``)."""

ORIGINS = ("api", "library", "impact")


def api_key_id(key: str | None) -> str | None:
    """Which key asked, without the key: ``key-`` and 16 hex digits of its SHA-256. Keys are at least 32
    random characters (the service refuses shorter), so the digest cannot be reversed by guessing."""
    return None if key is None else "key-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def case_ref_digest(case_ref: str) -> str:
    """The first 16 hex digits of the reference's SHA-256: whoever holds an erasure request can match
    the audit line to it; the log alone does not show the reference (a short reference can still be
    guessed and confirmed, so the log is kept as carefully as the store)."""
    return hashlib.sha256(case_ref.encode()).hexdigest()[:16]


def database_url(setting: str) -> str:
    """A database URL from the setting: a URL (``sqlite:///...``, ``postgresql+psycopg://...``) as it is,
    or a file path, for an SQLite file there."""
    return setting if "://" in setting else f"sqlite:///{setting}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite returns a naive time for what was stored as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class DecisionStore:
    """One database of recorded decisions. Thread-safe (a session per call); share one per process."""

    check_case_ref = staticmethod(check_case_ref)

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = database_url(url)
        sqlite = make_url(self.url).get_backend_name() == "sqlite"
        # hide_parameters: a database error's text never carries the facts being written.
        self.engine = engine or create_engine(
            self.url,
            hide_parameters=True,
            pool_pre_ping=not sqlite,
            connect_args={"timeout": 30} if sqlite else {},  # SQLite: writers wait for the file lock
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- schema -------------------------------------------------------------------------------------

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema up to ``revision`` (Alembic)."""
        from safeguarding_rules.store.migrate import upgrade

        upgrade(self.engine, revision)

    def schema_is_current(self) -> bool:
        from safeguarding_rules.store.migrate import is_current

        return is_current(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------------------------

    def record(
        self, case: Case, decision: Decision, *, api_key: str | None = None, origin: str = "library",
        package_version: str | None = None,
    ) -> StoredDecision:
        """Append the assessment to the case's history; ``CaseRefRefusedError`` if its reference is
        missing or looks like a person's name or NHS number. The trace is not stored."""
        case_ref = check_case_ref(case.case_ref)
        if origin not in ORIGINS:
            raise ValueError(f"origin is one of {ORIGINS}")
        if package_version is None:
            from safeguarding_rules import __version__ as package_version
        facts = case.model_dump(mode="json", exclude_none=True)
        row = DecisionRow(
            decision_id=str(uuid.uuid4()),
            case_ref=case_ref,
            recorded_at=_now(),
            assessment_date=decision.assessment_date,
            jurisdiction=case.jurisdiction,
            partnership=case.partnership,
            facts=facts,
            decision=decision.model_dump(mode="json", exclude={"trace"}),
            rulesets=[r.model_dump(mode="json") for r in decision.rulesets],
            package_version=package_version,
            api_key_id=api_key_id(api_key),
            origin=origin,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return _stored(row)

    def close_case(self, case_ref: str, *, api_key: str | None = None, origin: str = "library") -> bool:
        """Close an open case (its duties are no longer listed as due); False if it has no record.
        Assessing it again reopens it."""
        with self._sessions.begin() as session:
            if session.scalar(select(func.count()).where(DecisionRow.case_ref == case_ref)) == 0:
                return False
            session.add(ClosureRow(case_ref=case_ref, closed_at=_now(), api_key_id=api_key_id(api_key), origin=origin))
        return True

    def erase_case(self, case_ref: str, *, api_key: str | None = None, origin: str = "library") -> int:
        """Erase the case's whole history (decisions and closures); the number of decisions erased."""
        with self._sessions.begin() as session:
            erased = self._erase(session, [case_ref])
        if erased:
            audit.info(
                "case erased",
                extra={"fields": {"event": "case_erased", "case_ref_sha256": case_ref_digest(case_ref), "records": erased,
                                  "api_key_id": api_key_id(api_key), "origin": origin}},
            )
        return erased

    def purge(self, retention: dt.timedelta, *, now: dt.datetime | None = None) -> list[str]:
        """Erase every case whose latest record (decision or closure) is older than ``retention``: a
        case's history goes whole, never a part of it. The references of the cases erased."""
        cutoff = (now or _now()) - retention
        last_decision = select(DecisionRow.case_ref, func.max(DecisionRow.recorded_at).label("at")).group_by(DecisionRow.case_ref).subquery()
        last_closure = (
            select(ClosureRow.case_ref, func.max(ClosureRow.closed_at).label("at")).group_by(ClosureRow.case_ref).subquery()
        )
        with self._sessions.begin() as session:
            recent = {ref for (ref,) in session.execute(
                select(last_decision.c.case_ref).where(last_decision.c.at >= cutoff)
                .union(select(last_closure.c.case_ref).where(last_closure.c.at >= cutoff))
            )}
            every = set(session.scalars(select(DecisionRow.case_ref).distinct()))
            old = sorted(every - recent)
            erased = self._erase(session, old) if old else 0
        audit.info(
            "retention purge",
            extra={"fields": {"event": "retention_purge", "cases": len(old), "records": erased,
                              "retention_days": retention.days}},
        )
        return old

    @staticmethod
    def _erase(session: Session, case_refs: Sequence[str]) -> int:
        erased = session.execute(delete(DecisionRow).where(DecisionRow.case_ref.in_(case_refs))).rowcount
        session.execute(delete(ClosureRow).where(ClosureRow.case_ref.in_(case_refs)))
        return int(erased or 0)

    # -- reading ------------------------------------------------------------------------------------

    def get(self, decision_id: str) -> StoredDecision | None:
        with self._sessions() as session:
            row = session.scalar(select(DecisionRow).where(DecisionRow.decision_id == decision_id))
            return None if row is None else _stored(row)

    def history(self, case_ref: str) -> list[StoredDecision]:
        """The case's recorded decisions, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(DecisionRow).where(DecisionRow.case_ref == case_ref)
                .order_by(DecisionRow.recorded_at.desc(), DecisionRow.id.desc())
            )
            return [_stored(row) for row in rows]

    def latest_of_open_cases(self) -> list[StoredDecision]:
        """The latest decision of each open case: a case is open while no closure follows its latest decision."""
        latest = select(func.max(DecisionRow.id).label("id")).group_by(DecisionRow.case_ref).subquery()
        closed = (
            select(ClosureRow.case_ref, func.max(ClosureRow.closed_at).label("at")).group_by(ClosureRow.case_ref).subquery()
        )
        query = (
            select(DecisionRow)
            .join(latest, DecisionRow.id == latest.c.id)
            .outerjoin(closed, closed.c.case_ref == DecisionRow.case_ref)
            .where(or_(closed.c.at.is_(None), and_(closed.c.at.is_not(None), closed.c.at < DecisionRow.recorded_at)))
            .order_by(DecisionRow.case_ref)
        )
        with self._sessions() as session:
            return [_stored(row) for row in session.scalars(query)]

    def count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(DecisionRow)) or 0)


def _stored(row: DecisionRow) -> StoredDecision:
    data: dict[str, Any] = {
        "decision_id": row.decision_id,
        "case_ref": row.case_ref,
        "recorded_at": _utc(row.recorded_at),
        "package_version": row.package_version,
        "rulesets": row.rulesets,
        "api_key_id": row.api_key_id,
        "origin": row.origin,
        "case": row.facts,
        "decision": row.decision,
    }
    return StoredDecision.model_validate(data)
