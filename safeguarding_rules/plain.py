"""Conditions and ruleset text in plain words, from the glossary (``glossary.yaml``): what a policy
lead reads in the rulebook, and a practitioner in the reasons and on the triage pages, instead of
dotted names ("the child normally lives in this area", not ``incident.normally_resident_in_area is
true``). The one place such words are made: ``plain`` for a condition, ``open_fact`` for an unknown
fact, ``in_words`` for a ruleset's free text."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from safeguarding_rules.book import RuleBook
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.operators import OPERATORS
from safeguarding_rules.schema import Condition, Conclusion, Deadline, FactRef, Parameter


@cache
def glossary() -> dict[str, dict[Any, Any]]:
    """Every case fact's plain words (YAML's yes/no keys read as True/False), read by libyaml's safe
    loader where PyYAML has it (the pure-Python one took a service's first request about 55 ms)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, dict[Any, Any]] = yaml.load(files("safeguarding_rules").joinpath("glossary.yaml").read_text("utf-8"), Loader=loader)
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


def fact_name(book: RuleBook | None, name: str) -> str:
    """A fact's name in words (a case fact's from the glossary, which needs no book)."""
    entry = glossary().get(name, {})
    if "name" in entry:
        return str(entry["name"])
    if book is None:
        return name
    if name in book.parameters:
        parameter = book.parameters[name][0]
        return f"{_lower(parameter.description.rstrip('.'))} ({_value(parameter.latest)})"
    if name in book.settings:
        return _lower(str(book.settings[name][0].description).split(".")[0])
    if name in book.derived_facts:
        return _lower(str(book.derived_facts[name][0]).rstrip("."))
    return name


def open_fact(book: RuleBook | None, name: str) -> str:
    """An unknown fact as the open question it leaves: "where it happened", "whether the adult is in
    the area". Reasons, the rulebook and the triage pages use it, so that a reader meets words, not
    dotted names (a case fact needs no book)."""
    entry = glossary().get(name, {})
    if "name" not in entry and True in entry:
        return f"whether {entry[True]}"
    words = fact_name(book, name)
    if (book is not None and name in book.derived_facts) or words.startswith("that "):
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
    return f"{fact_name(book, fact)} {OPERATORS[op].plain_words} {shown}"


STATUS_WORDS = {
    "required": "required", "consider": "to be considered", "discretionary": "discretionary (may be done, not a duty)",
    "not_required": "not required", "undetermined": "not yet known", "not_encoded": "not encoded for the case's dates",
}
"""A status in a sentence (the rulebook, calendar events): the features' words for statuses."""

STATUS_LABELS = {
    "required": "Required", "consider": "Consider", "discretionary": "May be done",
    "not_required": "Not required", "undetermined": "Not yet known", "not_encoded": "Law for these dates not encoded",
}
"""A status as a label on its own (a tag on the triage page and the printed decision)."""


def conclusion_words(book: RuleBook, then: Conclusion) -> str:
    """What a rule concludes, in words: "Safeguarding Adults Review: required", or the derived fact
    it establishes ("condition 1 of s44(2): the adult has died and ...")."""
    if then.determination is not None:
        spec = book.determinations.get(then.determination)
        title = spec[0].title if spec else then.determination
        return f"{title}: {STATUS_WORDS.get(then.status or '', then.status)}"
    return f"it is established that {fact_name(book, then.fact or '')}"


def _amount(value: int | dt.date, unit: str) -> str:
    if isinstance(value, dt.date):
        return day_words(value)
    return f"{value} {unit if value != 1 else unit.removesuffix('s')}"


def number_words(book: RuleBook, number: int | str, unit: str, dated: bool = False) -> str:
    """A number of days or months in words: a literal as it is; a dated parameter as its value, or
    its values with the dates they apply from ("10 working days from 1 April 2006; 5 working days
    from 29 June 2018"), always dated if ``dated``."""
    if not isinstance(number, str):
        return _amount(number, unit)
    parameter = book.parameters[number][0]
    if parameter.value is not None:
        return _amount(parameter.value, unit)
    values = parameter.values or []
    if len(values) == 1 and not dated:
        return _amount(values[0].value, unit)
    return "; ".join(f"{_amount(v.value, unit)} from {day_words(v.from_)}" for v in values)


def deadline_words(book: RuleBook, due: Deadline) -> str:
    """A deadline in words: "5 working days, counted from the date the local authority became aware"."""
    number, unit = (due.working_days, "working days") if due.working_days is not None else (due.months, "months")
    return f"{number_words(book, number or 0, unit)}, counted from {fact_name(book, due.after)}"


def deadline_parameter(book: RuleBook, due: Deadline) -> Parameter | None:
    """The dated parameter a deadline's number comes from, if it is one (it carries the citation)."""
    number = due.working_days if due.working_days is not None else due.months
    return book.parameters[number][0] if isinstance(number, str) and number in book.parameters else None


_TICKS = re.compile(r"`([^`]*)`")
_SHOUTED = re.compile(r"\bUNVERIFIED\b")


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names as whole words (each maybe in backticks), longest first so that
    ``subject.recently_looked_after`` is not read as ``subject.recently`` and the rest."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"`?(?<![\w./])(" + "|".join(map(re.escape, ordered)) + r")(?![\w/])`?")


_NAMES: dict[int, tuple[RuleBook, dict[str, str]]] = {}


def _names(book: RuleBook) -> dict[str, str]:
    """Every internal name a ruleset's text may mention, with its words: each fact (case, derived,
    parameter, setting) that is an identifier (dotted or with an underscore) as its open question,
    a parameter or setting also without its prefix, and each determination's id as its title.
    Built once per loaded book (a page says dozens of texts); the book is held with its words so
    that its id is not reused while they are."""
    if id(book) in _NAMES:
        return _NAMES[id(book)][1]
    if len(_NAMES) >= 16:  # a process loads one book, tests a few dozen: keep the cache small
        _NAMES.clear()
    words: dict[str, str] = {}
    for name in [*CASE_FACTS, *book.derived_facts, *book.parameters, *book.settings]:
        if "." in name or "_" in name:
            words[name] = open_fact(book, name)
        if name.startswith(("parameter.", "setting.")):
            words.setdefault(name.partition(".")[2], words[name])
    for det_id, (spec, _) in book.determinations.items():
        words.setdefault(det_id, spec.title)
    _NAMES[id(book)] = (book, words)
    return words


def in_words(book: RuleBook, text: str | None) -> str:
    """A ruleset's free text (a reason, a note, a quote, a title, a refusal) as a policy lead or a
    practitioner reads it: each internal name, in backticks or not, said in words (a fact as its
    open question, "whether the adult is in the area"; a determination id as its title), any other
    word in backticks as a word (``not_required`` as "not required"), and "UNVERIFIED" said quietly
    as "not yet checked". A name that is a plain word ("partnership") is left alone: it already
    reads as words. The one place such text becomes words: the rulebook, the triage pages, their
    calendar events and refusals all call it."""
    if not text:
        return ""
    words = _names(book)
    text = _names_pattern(tuple(words)).sub(lambda m: words[m.group(1)], text)
    text = _TICKS.sub(lambda m: m.group(1).replace("_", " "), text)
    return _SHOUTED.sub("not yet checked", text)
