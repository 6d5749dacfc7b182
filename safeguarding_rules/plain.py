"""Conditions in plain words, from the glossary (``glossary.yaml``): what a policy lead reads in the
rulebook instead of dotted names ("the child normally lives in this area", not
``incident.normally_resident_in_area is true``)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from safeguarding_rules.book import RuleBook
from safeguarding_rules.schema import Condition, FactRef


@cache
def glossary() -> dict[str, dict[Any, Any]]:
    """Every case fact's plain words (YAML's yes/no keys read as True/False)."""
    data: dict[str, dict[Any, Any]] = yaml.safe_load(files("safeguarding_rules").joinpath("glossary.yaml").read_text("utf-8"))
    return data


def day_words(day: dt.date) -> str:
    """A date as a reader writes it: "6 April 2016"."""
    return f"{day.day} {day:%B %Y}"


def _value(value: Any) -> str:
    if isinstance(value, dt.date):
        return day_words(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", " ")


def fact_name(book: RuleBook, name: str) -> str:
    """A fact's name in words."""
    entry = glossary().get(name, {})
    if "name" in entry:
        return str(entry["name"])
    if name in book.parameters:
        parameter = book.parameters[name][0]
        return f"{_lower(parameter.description.rstrip('.'))} ({_value(parameter.latest)})"
    if name in book.settings:
        return _lower(str(book.settings[name][0].description).split(".")[0])
    if name in book.derived_facts:
        return _lower(str(book.derived_facts[name][0]).rstrip("."))
    return name


def open_fact(book: RuleBook, name: str) -> str:
    """An unknown fact as the open question it leaves: "where it happened", "whether the adult is in
    the area". Reasons use it, so that a practitioner reads words, not dotted names."""
    entry = glossary().get(name, {})
    if "name" not in entry and True in entry:
        return f"whether {entry[True]}"
    words = fact_name(book, name)
    if name in book.derived_facts or words.startswith("that "):
        return "whether " + words.removeprefix("that ")
    return words


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def plain(book: RuleBook, condition: Condition | None) -> str:
    """The condition in words: ``all`` as "all of these", ``any`` as "any of these"."""
    if condition is None:
        return "always"
    if condition.fact is None:
        parts = [plain(book, c) for c in condition.all or condition.any or []]
        joined = "; ".join(parts)
        return f"all of these: {joined}" if condition.all is not None else f"any of these: {joined}"
    fact, op, value = condition.fact, condition.op or "is", condition.value
    entry = glossary().get(fact, {})
    if isinstance(value, bool) and (True in entry or fact in book.derived_facts):
        yes = str(entry.get(True, fact_name(book, fact)))
        no = str(entry.get(False, f"not: {yes}"))
        if op == "unless_known_to_be":
            return f"unless it is known that {yes if value else no}"
        if op == "known_to_be":
            return f"it is recorded that {yes if value else no}"
        return yes if (value is True) == (op == "is") else no
    words = entry.get("values", {})
    shown = (
        fact_name(book, value.fact) if isinstance(value, FactRef)
        else " or ".join(str(words.get(v, _value(v))) for v in (value if isinstance(value, list) else [value]))
    )
    verbs = {
        "is": "is", "is_not": "is not", "in": "is", "not_in": "is none of", "at_least": "is at least",
        "at_most": "is at most", "over": "is over", "on_or_after": "is on or after", "on_or_before": "is on or before",
        "before": "is before", "after": "is after", "unless_known_to_be": "is not known to be",
        "known_to_be": "is recorded as", "unless_known_before": "is not known to be before",
    }
    return f"{fact_name(book, fact)} {verbs[op]} {shown}"
