"""The JSON Schemas of the decision contract, generated from the models that are the contract.

``schemas/case.schema.json``, ``schemas/decision.schema.json`` and ``schemas/problem.schema.json`` (the
RFC 9457 problem document of every refusal) in the repository are these, written
by ``safeguarding-rules schemas``; a test fails when the models and the files drift apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import SCHEMA_VERSION, VERSION_1, Decision
from safeguarding_rules.models.problem import ProblemDetails
from safeguarding_rules.resources import shipped

if TYPE_CHECKING:
    from safeguarding_rules.book import RuleBook

SCHEMA_FILES: dict[str, tuple[type[BaseModel], Literal["validation", "serialization"]]] = {
    "case.schema.json": (Case, "validation"),
    "decision.schema.json": (Decision, "serialization"),
    "problem.schema.json": (ProblemDetails, "serialization"),
}
"""Each file and the model (and direction: what a client sends, what it receives) it is generated from."""


def contract_schemas() -> dict[str, dict[str, Any]]:
    """Each schema file's content, by file name."""
    schemas = {}
    for name, (model, mode) in SCHEMA_FILES.items():
        schema = model.model_json_schema(mode=mode)
        schemas[name] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://safeguarding-rules.org/schemas/v{SCHEMA_VERSION}/{name}",
            **schema,
        }
    return schemas


def render(schema: dict[str, Any]) -> str:
    """A schema as the repository keeps it: sorted, indented, one final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema file into ``directory``; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in contract_schemas().items():
        path = directory / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


VERSION_1_SCHEMA_FILE = "decision.v1.schema.json"
"""Version 1's decision schema, kept as it was published (``schemas/decision.v1.schema.json``): what
``/v1`` answers. It is not generated: version 1 no longer changes."""


def version_1_schema() -> dict[str, Any]:
    """The JSON Schema of a version 1 decision, as published."""
    text = (shipped("schemas") / VERSION_1_SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def version_1_context(book: RuleBook) -> dict[str, Any]:
    """The serialisation context for version 1 with ``book``'s rulesets: each named by the id it had in
    version 1 (its first ``formerly`` id; version 2 named rulesets by their paths)."""
    return {**VERSION_1, "formerly": {r.spec.id: r.spec.formerly[0] for r in book.rulesets if r.spec.formerly}}


def version_1_json(decision: Decision, context: dict[str, Any] | None = None) -> str:
    """The decision as version 1 of the contract wrote it (what ``/v1`` answers): each citation in full
    where it is cited, no ``citations`` table, ``schema_version`` "1", each ruleset by its version 1 id
    (with ``context`` from ``version_1_context``), every other field as version 2's full form has it. A
    decision inside another document (a batch, a record) is written so with
    ``model_dump_json(context=version_1_context(book))``."""
    return decision.model_dump_json(context=context or VERSION_1)
