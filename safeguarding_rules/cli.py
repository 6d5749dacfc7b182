"""The ``safeguarding-rules`` command: assess a case, validate rulesets, serve the API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from safeguarding_rules import jsonlines
from safeguarding_rules.engine import Engine
from safeguarding_rules.errors import CaseRefusedError, RulesetError, reported_errors
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR, load_rulebook
from safeguarding_rules.models.batch import BatchItem
from safeguarding_rules.models.decision import Decision
from safeguarding_rules.yamlstrict import YamlError, load_with_lines

app = typer.Typer(help="Which statutory case review or notification is due, by when, and why.", no_args_is_help=True)

def _print_version(value: bool) -> None:
    if value:
        from safeguarding_rules import __version__

        typer.echo(f"safeguarding-rules {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Which statutory case review or notification is due, by when, and why."""


RulesetsOption = Annotated[
    list[Path] | None,
    typer.Option("--rulesets", "-r", help="Extra ruleset directory (a partnership overlay); repeatable."),
]


def _engine(extra: list[Path] | None) -> Engine:
    try:
        return Engine(extra_dirs=extra or [])
    except RulesetError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc


def _read_case(source: str) -> Any:
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    data, _lines = load_with_lines(text)  # JSON is YAML: one strict parser (repeated keys refused) reads both
    return data


@app.command()
def assess(
    case_file: Annotated[
        str, typer.Argument(metavar="FILE|-", help="A case as JSON or YAML, or JSON Lines of cases (.jsonl); - reads stdin.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Decision as JSON.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read JSON Lines of cases (implied by a .jsonl file).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON Lines of results here.")] = None,
    trace: Annotated[bool, typer.Option("--trace", help="Add the per-rule trace to JSON output.")] = False,
    rulesets: RulesetsOption = None,
) -> None:
    """Assess one case and print its decision; or assess a JSON Lines file of cases into JSON Lines."""
    engine = _engine(rulesets)
    if jsonl or case_file.endswith(".jsonl"):
        _assess_lines(engine, case_file, output, trace=trace)
        return
    try:
        decision = engine.assess(_read_case(case_file), trace=trace)
    except ValidationError as exc:
        for line in case_problems(exc):
            typer.echo(f"invalid case: {line}", err=True)
        raise typer.Exit(1) from exc
    except (CaseRefusedError, YamlError, OSError) as exc:
        typer.echo(f"invalid case: {exc}", err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(decision.model_dump_json(indent=2))
    else:
        _print_table(decision)


def case_problems(exc: ValidationError) -> list[str]:
    """One line per problem (the first ``MAX_REPORTED_ERRORS``, then a count), naming the field and never
    echoing the value (it may be personal data)."""
    return [f"{'.'.join(map(str, error['loc'])) or 'case'}: {error['msg']}" for error in reported_errors(exc.errors())]


def _assess_lines(engine: Engine, source: str, output: Path | None, *, trace: bool = False) -> None:
    """One result per input line, in order, ``index`` its line number counting from 0; a line that is
    not a valid case gets its errors and does not stop the run."""
    from rich.console import Console
    from rich.progress import Progress

    # Streamed: one line in, one result out, so memory stays flat however many cases the file holds.
    total = None
    if source != "-":
        with Path(source).open("rb") as counting:
            total = jsonlines.count_lines(counting)
    stream = sys.stdin.buffer if source == "-" else Path(source).open("rb")  # noqa: SIM115 - closed below
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = count = 0
    try:
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("assessing", total=total)
            for index, line in enumerate(jsonlines.raw_lines(stream)):
                count += 1
                case, error = jsonlines.parse_line(line)
                if error is not None:
                    item = BatchItem(index=index, errors=[error])
                else:
                    (item,) = engine.assess_many([case], trace=trace)
                    item = item.model_copy(update={"index": index})
                failed += bool(item.errors)
                sink.write(item.model_dump_json() + "\n")
                progress.advance(task)
    finally:
        if output:
            sink.close()
        if source != "-":
            stream.close()
    typer.echo(f"{count - failed} assessed, {failed} failed", err=True)


def _print_table(decision: Decision) -> None:
    from rich.console import Console  # here, as in every command that prints a table: `serve` never does
    from rich.table import Table

    out = Console()
    table = Table(title=f"Decision for {decision.case_ref or 'case'} on {decision.assessment_date}")
    for column in ("determination", "status", "due", "rules", "reason"):
        table.add_column(column, overflow="fold")
    for det in decision.determinations:
        status = det.status + (f" (at least {det.at_least})" if det.at_least else "")
        if det.legal_force in ("guidance", "local_guidance"):
            status += "\n(guidance, not statute)"
        table.add_row(det.title, status, det.due.isoformat() if det.due else "", "\n".join(det.rules), det.reason)
    out.print(table)
    for joint in decision.joint_reviews:
        out.print(f"[bold]{joint.title}[/bold]", highlight=False)
        out.print(f"  {joint.says}", highlight=False)
        for det_id, actor in joint.duty_holders.items():
            out.print(f"  - {det_id}: {actor}", highlight=False)
    if decision.questions:
        out.print("[bold]Unknown facts that would decide it:[/bold]")
        for question in decision.questions:
            out.print(f"  - {question.fact} (decides {', '.join(question.decides)})", highlight=False)


@app.command()
def validate(
    directory: Annotated[Path | None, typer.Argument(help="A ruleset directory to check.")] = None,
    national: Annotated[
        bool, typer.Option(help="Load the national rulesets too (an overlay cites their sources).")
    ] = True,
) -> None:
    """Check ruleset files; every problem is named with its file, line, rule id and field."""
    dirs = ([DEFAULT_RULESETS_DIR] if national or directory is None else []) + ([directory] if directory else [])
    try:
        book = load_rulebook(dirs)
    except RulesetError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    quotes = ", ".join(f"{n} {status}" for status, n in book.citation_statuses().items())
    typer.echo(f"OK: {len(book.rulesets)} rulesets, {len(book.rules)} rules, {len(book.sources)} sources; citations {quotes}")


@app.command()
def check(rulesets: RulesetsOption = None) -> None:
    """Search every determination for rules that rule it out and require it on the same facts, every
    rule for a positive status outside its ruleset's declared period (an era leak), and every
    determination for days of its declared period that no rule encodes (a coverage gap)."""
    from safeguarding_rules.check import check_conflicts

    report = check_conflicts(_engine(rulesets))
    for conflict in report.conflicts:
        first, second = conflict.rules
        typer.echo(
            f"CONFLICT in {conflict.determination!r}: {first} ({conflict.statuses[0]}) and {second} "
            f"({conflict.statuses[1]}) both fire on this case"
            + ("" if conflict.reproduced else " [NOT reproduced by the engine: the analysis and the engine disagree]")
        )
        typer.echo(json.dumps(conflict.case, indent=2))
    for leak in report.era_leaks:
        typer.echo(
            f"ERA LEAK in {leak.determination!r}: {leak.rule} concludes {leak.status} on this case, outside the "
            f"period ruleset {leak.ruleset!r} declares (effective from, to and while)"
        )
        typer.echo(json.dumps(leak.case, indent=2))
    for gap in report.coverage_gaps:
        typer.echo(
            f"COVERAGE GAP in {gap.determination!r}: ruleset {gap.ruleset!r} declares {gap.date_fact} "
            f"{gap.first or 'from the start'} to {gap.last or 'now'}, but no rule that could give a duty is in force then"
        )
    typer.echo(
        f"{report.pairs_checked} pairs of excluding and positive rules checked; {len(report.conflicts)} conflict(s). "
        "Where no rule concludes, a determination is not required only on the rules in force that the case fails, "
        "and not encoded where none is in force."
    )
    typer.echo(
        f"{report.rules_checked_for_era} positive rules checked against their ruleset's period; "
        f"{len(report.era_leaks)} era leak(s)."
    )
    typer.echo(
        f"{report.determinations_checked_for_coverage} determinations checked for gaps in their declared period; "
        f"{len(report.coverage_gaps)} coverage gap(s)."
    )
    if report.conflicts or report.era_leaks or report.coverage_gaps:
        raise typer.Exit(1)


@app.command()
def schemas(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write the JSON Schemas into.")] = Path("schemas"),
) -> None:
    """Write the JSON Schemas of the contract (case and decision), generated from the models."""
    from safeguarding_rules.contract import write_schemas

    for path in write_schemas(out):
        typer.echo(f"wrote {path}")


@app.command()
def rulebook(
    out: Annotated[Path, typer.Option("--out", help="Directory to write the HTML site to.")],
    features: Annotated[
        list[Path] | None, typer.Option("--features", help="Feature directory (default: the project's); repeatable.")
    ] = None,
    results: Annotated[
        Path | None, typer.Option("--results", help="Cucumber JSON of a feature run (pytest --cucumberjson), shown over the results recorded for the package.")
    ] = None,
    rulesets: RulesetsOption = None,
) -> None:
    """Render the rulebook: every rule in plain English with its law and its scenarios."""
    from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, read_features
    from safeguarding_rules.rulebook import attach_results, render_rulebook, write_rulebook

    book = _engine(rulesets).book
    docs = read_features(features or [DEFAULT_FEATURES_DIR])
    written = write_rulebook(render_rulebook(book, docs, attach_results(book, docs, results)), out)
    typer.echo(f"wrote {len(written)} pages to {out} (open {out / 'index.html'})")


@app.command(name="partnerships")
def list_partnerships(rulesets: RulesetsOption = None) -> None:
    """List the partnerships with overlays loaded, and their local pathways."""
    from safeguarding_rules.catalogue import partnerships

    for info in partnerships(_engine(rulesets).book):
        typer.echo(f"{info.id}: {', '.join(p.id for p in info.pathways)}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (the service is stateless).")] = 1,
    rulesets: RulesetsOption = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs); JSON logs carry no case data."""
    import gc
    import os
    from unittest.mock import patch

    # Start-up allocates only what the process keeps (modules, the rule book, compiled rules): the
    # collector's passes over the growing heap found nothing to free and cost about a tenth of it
    # (`python benchmarks/startup.py`). Collections resume once the app is built, frozen out of their way.
    gc.disable()
    try:
        import uvicorn
        from safeguarding_rules_api.main import create_app
    except ImportError as exc:
        typer.echo(f'the service needs the "api" extra: pip install "safeguarding-rules[api]" ({exc.name} is missing)', err=True)
        raise typer.Exit(2) from exc
    from safeguarding_rules_api.observability import LOG_CONFIG
    from safeguarding_rules_api.settings import Settings
    from safeguarding_rules_api.worker import http_protocol

    try:
        settings = Settings(ruleset_dirs=rulesets) if rulesets else Settings()
        application = create_app(settings)  # refuse to start on any invalid ruleset, before forking
    except (RulesetError, ValidationError, ValueError) as exc:
        typer.echo(f"refusing to start: {exc}", err=True)
        raise typer.Exit(2) from exc
    finally:
        gc.freeze()  # the rule book lives as long as the process: keep it out of every collection
        gc.enable()
    server = {
        "host": host, "port": port, "access_log": False, "log_config": LOG_CONFIG,
        # An idle keep-alive connection is closed after this; on SIGTERM, requests in flight get this
        # long to finish before the worker exits; beyond this many connections a worker answers 503.
        "timeout_keep_alive": settings.keep_alive_timeout,
        "timeout_graceful_shutdown": settings.graceful_shutdown_timeout,
        "limit_concurrency": settings.max_connections,
        # On shutdown (a rolling restart retiring a worker), a request already sent is answered, not reset;
        # httptools' C parser where installed (uvicorn[standard]), with uvloop picked by uvicorn itself.
        "http": http_protocol(),
    }
    if workers == 1:
        uvicorn.run(application, **server)
    else:
        # Each worker builds its app from the environment, so the folders go there, and only while
        # serving: this process's environment is as it was once uvicorn returns.
        folders = {"SAFEGUARDING_RULES_RULESET_DIRS": json.dumps([str(p) for p in rulesets])} if rulesets else {}
        with patch.dict(os.environ, folders):
            # A new worker (at start, or replacing one on SIGHUP) gets this long to start: its start-up
            # is measured by `python benchmarks/rolling_restart.py`.
            uvicorn.run(
                "safeguarding_rules_api.main:create_served_app", factory=True, workers=workers,
                timeout_worker_healthcheck=settings.worker_healthcheck_timeout, **server,
            )


from safeguarding_rules import cli_store  # noqa: E402 - the decision record's commands, added last

app.add_typer(cli_store.db, name="db")
app.add_typer(cli_store.decisions, name="decisions")
app.add_typer(cli_store.cases, name="cases")
app.command()(cli_store.duties)
app.command()(cli_store.impact)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
