"""The published contract: JSON Schemas in sync with the models, every property described, enums named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine
from safeguarding_rules.contract import contract_schemas, render

ROOT = Path(__file__).resolve().parent.parent


def test_the_json_schemas_in_the_repository_match_the_models() -> None:
    for name, schema in contract_schemas().items():
        path = ROOT / "schemas" / name
        assert path.is_file(), f"{path} is missing: run `safeguarding-rules schemas`"
        assert path.read_text(encoding="utf-8") == render(schema), f"{path} drifted from the models: run `safeguarding-rules schemas`"


def _openapi(engine: Engine) -> dict[str, Any]:
    return TestClient(create_app(engine=engine)).get("/openapi.json").json()


def test_at_least_95_percent_of_schema_properties_are_described(engine: Engine) -> None:
    schemas = _openapi(engine)["components"]["schemas"]
    properties = [(name, prop, spec) for name, schema in schemas.items() for prop, spec in (schema.get("properties") or {}).items()]
    missing = [f"{name}.{prop}" for name, prop, spec in properties if not spec.get("description")]
    assert len(properties) > 100
    assert len(missing) <= 0.05 * len(properties), missing


def test_no_enum_is_anonymous(engine: Engine) -> None:
    """Every enumeration is a named type in the components (Status, Outcome, ...), never inline."""
    schemas = _openapi(engine)["components"]["schemas"]
    inline: list[str] = []

    def walk(node: Any, path: str, top: bool) -> None:
        if isinstance(node, dict):
            if "enum" in node and not top:
                inline.append(path)
            for key, value in node.items():
                walk(value, f"{path}/{key}", False)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]", False)

    for name, schema in schemas.items():
        walk(schema, name, True)
    assert inline == []
    assert {"Status", "Outcome", "Location", "Knowledge", "Jurisdiction", "SubjectKind"} <= set(schemas)


def test_the_decision_schema_names_its_version() -> None:
    decision = json.loads(render(contract_schemas()["decision.schema.json"]))
    assert decision["properties"]["schema_version"]["const"] == "2"
