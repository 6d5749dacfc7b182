"""The decision record from the command line: ``db upgrade``, ``decisions``, ``duties``, ``impact``,
``cases close|erase`` and ``db purge``. The store is imported when a command runs, so the CLI works
without the ``store`` extra until one of these is used."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from safeguarding_rules.store import DecisionStore

StoreOption = Annotated[
    str,
    typer.Option(
        "--store", envvar="SAFEGUARDING_RULES_STORE_URL", show_envvar=True,
        help="The decision store: an SQLite file path or a database URL (postgresql+psycopg://...).",
    ),
]

db = typer.Typer(help="The decision store's schema (Alembic) and retention.", no_args_is_help=True)
decisions = typer.Typer(help="Recorded decisions, read back.", no_args_is_help=True)
cases = typer.Typer(help="Close or erase a case in the decision store.", no_args_is_help=True)


def open_store(url: str, *, current: bool = True) -> DecisionStore:
    try:
        from safeguarding_rules.store import DecisionStore
    except ImportError as exc:
        typer.echo('the decision store is not installed: pip install "safeguarding-rules[store]"', err=True)
        raise typer.Exit(2) from exc
    store = DecisionStore(url)
    if current and not store.schema_is_current():
        typer.echo("the store's schema is not current: run `safeguarding-rules db upgrade` first", err=True)
        raise typer.Exit(2)
    return store


@db.command()
def upgrade(store: StoreOption, revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Create or bring the store's schema up to date (Alembic migrations shipped in the package)."""
    open_store(store, current=False).upgrade(revision)
    typer.echo(f"the decision store's schema is at {revision}")


@db.command()
def downgrade(store: StoreOption, revision: Annotated[str, typer.Argument(help="Target revision (`base`: drop every table).")]) -> None:
    """Take the schema back to an earlier revision (``base`` drops the store's tables and their records)."""
    from safeguarding_rules.store.migrate import downgrade as run

    run(open_store(store, current=False).engine, revision)
    typer.echo(f"the decision store's schema is at {revision}")


@db.command()
def purge(
    store: StoreOption,
    retention_days: Annotated[int, typer.Option(
        "--retention-days", envvar="SAFEGUARDING_RULES_STORE_RETENTION_DAYS", show_envvar=True, min=1,
        help="Erase every case whose latest record is older than this many days.",
    )],
) -> None:
    """Erase, whole, every case whose latest record (assessment or closure) is older than the retention period."""
    erased = open_store(store).purge(dt.timedelta(days=retention_days))
    typer.echo(f"{len(erased)} case(s) erased: latest record older than {retention_days} days")


@decisions.command("show")
def show(
    store: StoreOption,
    decision_id: str,
    html: Annotated[Path | None, typer.Option("--html", help="Write the printable decision here (needs the api extra).")] = None,
) -> None:
    """A recorded decision as JSON (or, with --html, the printable decision)."""
    stored = open_store(store).get(decision_id)
    if stored is None:
        typer.echo("no decision is recorded under that id", err=True)
        raise typer.Exit(1)
    if html is not None:
        from safeguarding_rules_api.routers.triage import journey_of, render_decision

        from safeguarding_rules.engine import default_engine

        page = render_decision(stored.decision, default_engine().book, journey_of(stored.as_case()))
        html.write_bytes(bytes(page.body))
        return
    typer.echo(stored.model_dump_json(indent=2))


@decisions.command("history")
def history(store: StoreOption, case_ref: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A case's recorded decisions, newest first."""
    records = open_store(store).history(case_ref)
    if not records:
        typer.echo("no decision is recorded for that case", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in records], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Decisions recorded for {case_ref}, newest first")
    for column in ("decision_id", "recorded", "assessed as at", "required", "version"):
        table.add_column(column)
    for r in records:
        required = ", ".join(d.id for d in r.decision.determinations if d.status == "required")
        table.add_row(r.decision_id, r.recorded_at.isoformat(timespec="seconds"), str(r.decision.assessment_date),
                      required or "-", r.package_version)
    Console().print(table)


@cases.command("close")
def close(store: StoreOption, case_ref: str) -> None:
    """Close a case: its duties are no longer listed as due, until it is assessed again."""
    if not open_store(store).close_case(case_ref):
        typer.echo("no decision is recorded for that case", err=True)
        raise typer.Exit(1)
    typer.echo(f"{case_ref} closed")


@cases.command("erase")
def erase(store: StoreOption, case_ref: str) -> None:
    """Erase a case's whole history (one audit log line, holding no fact, says so)."""
    erased = open_store(store).erase_case(case_ref)
    if not erased:
        typer.echo("no decision is recorded for that case", err=True)
        raise typer.Exit(1)
    typer.echo(f"{case_ref}: {erased} recorded decision(s) erased")


def duties(
    store: StoreOption,
    due_before: Annotated[str | None, typer.Option("--due-before", help="Only duties due before YYYY-MM-DD.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Count working days from YYYY-MM-DD (default today).")] = None,
    rulesets: Annotated[list[Path] | None, typer.Option("--rulesets", "-r", help="Extra ruleset directory; repeatable.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """What is due across open cases: each required duty not yet recorded done (the facts its ruleset's
    `done_when` names), soonest deadline first."""
    from safeguarding_rules.cli import _engine
    from safeguarding_rules.store import duties_due

    found = duties_due(open_store(store), _engine(rulesets).book, dt.date.fromisoformat(due_before) if due_before else None,
                       as_of=dt.date.fromisoformat(as_of) if as_of else None)
    if as_json:
        typer.echo(json.dumps([d.model_dump(mode="json") for d in found], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Duties due" + (f" before {due_before}" if due_before else ""))
    for column in ("due", "working days left", "case", "duty", "who acts"):
        table.add_column(column)
    for d in found:
        table.add_row(str(d.due or "no date yet"), "" if d.working_days_remaining is None else str(d.working_days_remaining),
                      d.case_ref, d.title, d.actor or "")
    Console().print(table)


def impact(
    store: StoreOption,
    rulesets: Annotated[list[Path] | None, typer.Option("--rulesets", "-r", help="Extra ruleset directory; repeatable.")] = None,
    write: Annotated[bool, typer.Option("--write", help="Record each changed re-assessment as the case's latest decision.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """What the rulesets now loaded would change: each open case's latest decision re-assessed, each
    determination whose status, deadline or deciding rules change, old and new side by side. Writes
    nothing unless --write."""
    from safeguarding_rules.cli import _engine
    from safeguarding_rules.store import impact as run

    report = run(open_store(store), _engine(rulesets), write=write)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(report.changes)} change(s) across {report.cases} open case(s)")
    for column in ("case", "determination", "changed", "old", "new"):
        table.add_column(column)
    for c in report.changes:
        def side(o: object) -> str:
            status, due, rules, version = (getattr(o, a) for a in ("status", "due", "rules", "ruleset_version"))
            return f"{status or 'absent'}{f' by {due}' if due else ''}\n{', '.join(rules)}\n(ruleset {version or '-'})"
        table.add_row(c.case_ref, c.determination, ", ".join(c.changed), side(c.old), side(c.new))
    Console().print(table)
    for case_ref, why in report.refused.items():
        typer.echo(f"{case_ref}: not re-assessed: {why}", err=True)
    if write:
        typer.echo(f"{len(report.recorded)} re-assessment(s) recorded")
