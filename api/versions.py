"""The two versions of the HTTP contract: version 2 under ``/v2``, version 1 under ``/v1`` (and the
deprecated unversioned aliases), each answering its own decision schema (``docs/decision-contract.md``).

Both versions share their handlers' work (a route returning a decision has a thin handler per
version); a version 1 answer is the version 2 decision written by
``safeguarding_rules.contract.version_1_json``. Its OpenAPI schema is the published
``schemas/decision.v1.schema.json``, added to the document's components here, each of its types
under its own name where version 2's differs (``DecisionV1``, ``CitationV1``, ...).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from safeguarding_rules.contract import version_1_schema

if TYPE_CHECKING:
    from fastapi.routing import APIRoute

V1 = "/v1"
V2 = "/v2"
PREFIXES = (V1, V2)
"""Each version's path prefix (metrics and logs label a route with the prefix it was called under)."""

COMPONENTS = "#/components/schemas/"
V1_REF = COMPONENTS + "{}V1"
"""A reference to a version 1 type in the OpenAPI document, e.g. ``V1_REF.format("Decision")``."""


def operation_ids(suffix: str) -> Callable[[APIRoute], str]:
    """Each route's operation id: its handler's name (``assess``, ``get_ruleset``), with ``suffix`` for /v1."""
    return lambda route: f"{route.name}{suffix}"


def document_version_1(openapi: dict[str, Any]) -> dict[str, Any]:
    """Add version 1's types to an OpenAPI document's components: the decision schema's definitions, and
    each version 2 type that holds a decision (a batch's results, a record) with version 1's decision."""
    components: dict[str, Any] = openapi.setdefault("components", {}).setdefault("schemas", {})
    if "DecisionV1" in components:
        return openapi
    schema = version_1_schema()
    defs: dict[str, Any] = schema.pop("$defs")
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    defs["Decision"] = schema
    same = {name for name, body in defs.items() if name != "Decision" and components.get(name) == _retargeted(body, set())}
    renamed = set(defs) - same
    for name in renamed:
        components[f"{name}V1"] = _retargeted(defs[name], renamed)
    # version 2 types holding a decision, at any depth, get a version 1 twin
    holders = _holders(components, "Decision")
    for name in holders:
        components[f"{name}V1"] = _retargeted(components[name], holders | {"Decision"})
    return openapi


def _retargeted(node: Any, renamed: set[str]) -> Any:
    """A copy of ``node`` with its references pointing into the components, ``renamed`` ones to their V1 twin."""
    node = copy.deepcopy(node)

    def walk(item: Any) -> None:
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                item["$ref"] = COMPONENTS + (f"{name}V1" if name in renamed else name)
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(node)
    return node


def _holders(components: dict[str, Any], target: str) -> set[str]:
    """The components that refer to ``target``, directly or through others (not ``target`` itself)."""
    refers: dict[str, set[str]] = {name: _refs(body) for name, body in components.items() if not name.endswith("V1")}
    found: set[str] = set()
    frontier = {target}
    while frontier:
        frontier = {name for name, refs in refers.items() if refs & frontier and name not in found and name != target}
        found |= frontier
    return found


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return own.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()
