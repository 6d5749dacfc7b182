"""The fact vocabulary: every fact a rule may test, read off the ``Case`` model itself.

Deriving the vocabulary from the model keeps one source of truth: a ruleset condition that names a
fact the API does not accept, or a value it cannot take, is a load error rather than a rule that
silently never fires.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from pydantic import BaseModel

from safeguarding_rules.models.case import Case

FactType = Literal["bool", "enum", "int", "date", "str"]

# Never a rule input: a pseudonymous reference must not be able to change a decision.
_NOT_FACTS = {"case_ref"}


@dataclass(frozen=True)
class FactSpec:
    """One named fact, its type, the values it may take and what it means."""

    name: str
    type: FactType
    values: tuple[Any, ...] = ()
    description: str | None = None
    records_action: bool = False
    """The fact records an action already taken (``models.case.ACTION``), not a fact about what happened."""


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _unwrap_optional(args[0])
        return args
    if typing.get_origin(annotation) is typing.Annotated:
        return _unwrap_optional(typing.get_args(annotation)[0])
    return annotation


def _spec(name: str, annotation: Any, description: str | None) -> FactSpec:
    inner = _unwrap_optional(annotation)
    if typing.get_origin(inner) is Literal:
        return FactSpec(name, "enum", typing.get_args(inner), description)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return FactSpec(name, "enum", tuple(member.value for member in inner), description)
    if inner is bool:
        return FactSpec(name, "bool", (True, False), description)
    if inner is int:
        return FactSpec(name, "int", (), description)
    if inner is dt.date:
        return FactSpec(name, "date", (), description)
    return FactSpec(name, "str", (), description)


def _walk(model: type[BaseModel], prefix: str) -> typing.Iterator[FactSpec]:
    for field_name, field in model.model_fields.items():
        if field_name in _NOT_FACTS:
            continue
        name = f"{prefix}{field_name}"
        annotation = _unwrap_optional(field.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _walk(annotation, f"{name}.")
        else:
            extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
            spec = _spec(name, field.annotation, field.description)
            yield replace(spec, records_action=bool(extra.get("x-records-action")))


CASE_FACTS: dict[str, FactSpec] = {spec.name: spec for spec in _walk(Case, "")}
"""Every fact of a case, by dotted name (e.g. ``subject.care_and_support_needs``)."""


def _reader() -> typing.Callable[[Case], dict[str, Any]]:
    """One generated function reading every fact off a case, attribute by attribute, in the model's
    order (dumping the model to a dict and walking that cost about four times as much a case)."""
    lines = ["def read(m0):", "    facts = {}"]
    opened: list[str] = []  # the nested models open on the current line's path
    for name in CASE_FACTS:
        *parents, leaf = name.split(".")
        while opened and opened != parents[: len(opened)]:
            opened.pop()
        for part in parents[len(opened):]:
            depth = len(opened)
            lines.append(f"{'    ' * (depth + 1)}m{depth + 1} = m{depth}.{part}")
            lines.append(f"{'    ' * (depth + 1)}if m{depth + 1} is not None:")
            opened.append(part)
        indent = "    " * (len(opened) + 1)
        lines.append(f"{indent}v = m{len(opened)}.{leaf}")
        lines.append(f"{indent}if v is not None: facts[{name!r}] = v")
    lines.append("    return facts")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines) + "\n", "<case facts>", "exec"), namespace)  # noqa: S102 - our own generated source
    return namespace["read"]  # type: ignore[no-any-return]


case_facts: typing.Callable[[Case], dict[str, Any]] = _reader()
"""The known facts of a case by dotted name; unknown (None) facts are left out, never made false."""


def nest_facts(facts: Mapping[str, Any], into: dict[str, Any] | None = None, *, keep_unknown: bool = False) -> dict[str, Any]:
    """A case as the API takes it, from facts by dotted name (unknown facts are left out, or set to
    null with ``keep_unknown`` so that they override a value already in ``into``)."""
    case: dict[str, Any] = into if into is not None else {}
    for name, value in facts.items():
        if value is None and not keep_unknown:
            continue
        *parents, leaf = name.split(".")
        node = case
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value.isoformat() if isinstance(value, dt.date) else value
    return case
