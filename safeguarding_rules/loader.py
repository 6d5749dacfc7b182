"""Load ruleset and sources files from directories into one checked ``RuleBook``.

Every problem found is collected and raised together as a ``RulesetError`` naming the file, line,
rule id and field, so a policy lead fixes a file in one pass. A book is all or nothing: if any file
is invalid, nothing is served from any of them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from safeguarding_rules.errors import LoadIssue, RulesetError
from safeguarding_rules.facts import CASE_FACTS, FactSpec
from safeguarding_rules.schema import (
    SCHEMA_RULESET,
    SCHEMA_SOURCES,
    Condition,
    DeterminationSpec,
    Effective,
    Rule,
    RulesetFile,
    Setting,
    Source,
    SourcesFile,
)
from safeguarding_rules.yamlstrict import YamlError, load_with_lines

DEFAULT_RULESETS_DIR = Path(__file__).resolve().parent.parent / "rulesets"
"""The national rulesets shipped with the library (the repository's ``rulesets/``)."""


@dataclass(frozen=True)
class LoadedRuleset:
    """A ruleset file as loaded, with the hash a stored decision records."""

    spec: RulesetFile
    path: Path
    sha256: str


@dataclass(frozen=True)
class BoundRule:
    """A rule with the ruleset it belongs to and its effective dates resolved."""

    rule: Rule
    ruleset: str
    effective: Effective


@dataclass
class RuleBook:
    """Every loaded ruleset, source, determination, derived fact and rule, checked together."""

    rulesets: list[LoadedRuleset] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    determinations: dict[str, tuple[DeterminationSpec, str]] = field(default_factory=dict)
    derived_facts: dict[str, tuple[str, str]] = field(default_factory=dict)
    settings: dict[str, tuple[Setting, str]] = field(default_factory=dict)
    """By fact name (``setting.<name>``), with the ruleset that declares it."""
    partnership_settings: dict[str, dict[str, object]] = field(default_factory=dict)
    """Each partnership's values for settings, by fact name."""
    rules: list[BoundRule] = field(default_factory=list)
    citation_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """Resolved citations per rule id, built on first use (rules and sources never change once loaded)."""
    relevance_cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """Rules to trace per set of applicable determinations and rulesets, built on first use."""

    def ruleset(self, ruleset_id: str) -> LoadedRuleset | None:
        return next((r for r in self.rulesets if r.spec.id == ruleset_id), None)

    def fact_spec(self, name: str) -> FactSpec | None:
        if name in CASE_FACTS:
            return CASE_FACTS[name]
        if name in self.derived_facts:
            return FactSpec(name, "bool", (True, False), self.derived_facts[name][0])
        if name in self.settings:
            setting = self.settings[name][0]
            if setting.type == "fact":
                return FactSpec(name, "enum", tuple(setting.choices or ()), setting.description)
            return FactSpec(name, "date", (), setting.description)
        return None

    def setting_values(self, partnership: str | None = None) -> dict[str, object]:
        """Every setting's value for a partnership (its own where it sets one, else the default)."""
        values: dict[str, object] = {name: setting.default for name, (setting, _) in self.settings.items()}
        values.update(self.partnership_settings.get(partnership or "", {}))
        return values

    @property
    def partnerships(self) -> list[str]:
        return sorted({r.spec.partnership for r in self.rulesets if r.spec.partnership})


def ruleset_files(directories: Iterable[Path]) -> list[Path]:
    """The YAML files under the directories, in a stable order."""
    files: list[Path] = []
    for directory in directories:
        directory = Path(directory)
        if not directory.is_dir():
            raise RulesetError([LoadIssue(str(directory), "not a directory of ruleset files")])
        files.extend(sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml")))
    return files


def load_rulebook(directories: Sequence[Path | str] | None = None) -> RuleBook:
    """Load and check every ruleset and sources file under the directories (default: national)."""
    dirs = [Path(d) for d in (directories or [DEFAULT_RULESETS_DIR])]
    book = RuleBook()
    issues: list[LoadIssue] = []
    rule_lines: dict[str, tuple[str, int | None]] = {}
    for path in ruleset_files(dirs):
        _load_file(path, book, issues, rule_lines)
    if not book.rulesets and not issues:
        issues.append(LoadIssue(", ".join(map(str, dirs)), "no ruleset files found"))
    issues.extend(_check(book, rule_lines))
    issues.extend(_check_overlays(book, rule_lines))
    if issues:
        raise RulesetError(issues)
    return book


def _load_file(path: Path, book: RuleBook, issues: list[LoadIssue], rule_lines: dict[str, tuple[str, int | None]]) -> None:
    raw = path.read_bytes()
    name = str(path)
    try:
        data, lines = load_with_lines(raw.decode("utf-8"))
    except (YamlError, UnicodeDecodeError) as exc:
        issues.append(LoadIssue(name, str(exc), getattr(exc, "line", None)))
        return
    schema = data.get("schema") if isinstance(data, dict) else None
    model: type[RulesetFile | SourcesFile]
    if schema == SCHEMA_RULESET:
        model = RulesetFile
    elif schema == SCHEMA_SOURCES:
        model = SourcesFile
    else:
        issues.append(LoadIssue(name, f"`schema` must be {SCHEMA_RULESET!r} or {SCHEMA_SOURCES!r}", 1, field="schema"))
        return
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        issues.extend(_validation_issues(name, exc, data, lines))
        return
    if isinstance(parsed, SourcesFile):
        for source_id, source in parsed.sources.items():
            if source_id in book.sources:
                issues.append(LoadIssue(name, f"source {source_id!r} is defined twice", lines.get(("sources", source_id))))
            book.sources[source_id] = source
        return
    if book.ruleset(parsed.id):
        issues.append(LoadIssue(name, f"ruleset id {parsed.id!r} is used by another file", lines.get(("id",)), field="id"))
    book.rulesets.append(LoadedRuleset(parsed, path, hashlib.sha256(raw).hexdigest()))
    for det_id, det in parsed.determinations.items():
        if det_id in book.determinations:
            issues.append(LoadIssue(name, f"determination {det_id!r} is declared in two rulesets", lines.get(("determinations", det_id))))
        book.determinations[det_id] = (det, parsed.id)
    for setting_name, setting in parsed.settings.items():
        fact_name = f"setting.{setting_name}"
        if fact_name in book.settings:
            issues.append(LoadIssue(name, f"setting {setting_name!r} is declared in two rulesets", lines.get(("settings", setting_name))))
        book.settings[fact_name] = (setting, parsed.id)
    for fact, meaning in parsed.facts.items():
        if fact in book.derived_facts or fact in CASE_FACTS:
            issues.append(LoadIssue(name, f"derived fact {fact!r} is already a fact", lines.get(("facts", fact))))
        book.derived_facts[fact] = (meaning, parsed.id)
    for index, rule in enumerate(parsed.rules):
        line = lines.get(("rules", index))
        if rule.id in rule_lines:
            other, other_line = rule_lines[rule.id]
            issues.append(LoadIssue(name, f"duplicate rule id (also at {other}:{other_line})", line, rule.id, "id"))
        rule_lines[rule.id] = (name, line)
        book.rules.append(BoundRule(rule, parsed.id, _effective(parsed.effective, rule.effective)))


def _effective(ruleset: Effective, rule: Effective | None) -> Effective:
    """A rule's own ``effective`` replaces the ruleset's dates; the date fact is inherited."""
    if rule is None:
        return ruleset
    return rule.model_copy(update={"date_fact": rule.date_fact or ruleset.date_fact})


def _validation_issues(name: str, exc: ValidationError, data: Any, lines: dict[tuple[str | int, ...], int]) -> list[LoadIssue]:
    issues = []
    for error in exc.errors():
        loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p.endswith("-validator"))))
        rule_id = None
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            try:
                rule_id = data["rules"][loc[1]].get("id")
            except (KeyError, IndexError, AttributeError, TypeError):
                rule_id = None
        line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
        field_path = ".".join(str(p) for p in loc) or None
        issues.append(LoadIssue(name, error["msg"], line, rule_id, field_path))
    return issues


def _check(book: RuleBook, rule_lines: dict[str, tuple[str, int | None]]) -> list[LoadIssue]:
    """Checks across files: every name a rule uses must exist and every value must be possible."""
    issues: list[LoadIssue] = []
    files = {r.spec.id: str(r.path) for r in book.rulesets}
    concluded: dict[str, set[str]] = {}
    for bound in book.rules:
        rule, file = bound.rule, files[bound.ruleset]
        line = rule_lines.get(rule.id, (file, None))[1]

        def issue(message: str, field_name: str, *, _rule: Rule = rule, _file: str = file, _line: int | None = line) -> None:
            issues.append(LoadIssue(_file, message, _line, _rule.id, field_name))

        if rule.when is not None:
            for message in _condition_problems(rule.when, book):
                issue(message, "when")
        for i, citation in enumerate(rule.citations):
            source = book.sources.get(citation.source)
            if source is None:
                issue(f"unknown source {citation.source!r}; sources: {', '.join(sorted(book.sources))}", f"citations.{i}.source")
            elif citation.quote is not None and source.kind in _PARAPHRASE_ONLY:
                issue(f"{citation.source!r} is a {source.kind} source: paraphrase it, quote only legislation and government guidance", f"citations.{i}.quote")
        if not any(c.quote for c in rule.citations):
            issue("a rule needs at least one citation with a verbatim quote of the law or guidance it rests on", "citations")
        then = rule.then
        if then.determination is not None and then.determination not in book.determinations:
            issue(f"unknown determination {then.determination!r}", "then.determination")
        if then.fact is not None:
            declared = book.derived_facts.get(then.fact)
            if declared is None or declared[1] != bound.ruleset:
                issue(f"derived fact {then.fact!r} is not declared under `facts:` of this ruleset", "then.fact")
            concluded.setdefault(then.fact, set()).update(rule.when.facts() if rule.when else set())
        if then.due is not None and not _date_source(book, then.due.after):
            issue(f"deadline counts from {then.due.after!r}, which is neither a date fact nor a setting naming one", "then.due.after")
        if _type(book, bound.effective.date_fact or "") != "date":
            issue(f"effective.date_fact {bound.effective.date_fact!r} is not a date fact", "effective.date_fact")
    for det_id, (det, ruleset_id) in book.determinations.items():
        for part, condition in (("applies_when", det.applies_when), ("follows", det.follows)):
            if condition is not None:
                for message in _condition_problems(condition, book):
                    issues.append(LoadIssue(files[ruleset_id], message, None, None, f"determinations.{det_id}.{part}"))
    for fact_name, (setting, ruleset_id) in book.settings.items():
        for choice in setting.choices or []:
            if _type(book, choice) != "date" or choice not in CASE_FACTS:
                issues.append(LoadIssue(files[ruleset_id], f"setting choice {choice!r} is not a date fact of a case", field=f"settings.{fact_name[8:]}.choices"))
        if setting.citation.source not in book.sources:
            issues.append(LoadIssue(files[ruleset_id], f"unknown source {setting.citation.source!r}", field=f"settings.{fact_name[8:]}.citation.source"))
    for fact, (_, ruleset_id) in book.derived_facts.items():
        if fact not in concluded:
            issues.append(LoadIssue(files[ruleset_id], f"derived fact {fact!r} is declared but no rule concludes it", field=f"facts.{fact}"))
    issues.extend(_cycles(concluded, book, files))
    return issues


_PARAPHRASE_ONLY = {"local_guidance", "commentary"}


def _check_overlays(book: RuleBook, rule_lines: dict[str, tuple[str, int | None]]) -> list[LoadIssue]:
    """A partnership overlay adds to the national rules; it may never change a statutory outcome."""
    issues: list[LoadIssue] = []
    for loaded in book.rulesets:
        spec, file = loaded.spec, str(loaded.path)
        if spec.partnership is None:
            if spec.setting_values:
                issues.append(LoadIssue(file, "only a partnership overlay (with `partnership:`) sets `setting_values`", field="setting_values"))
            continue
        prefix = f"{spec.partnership}."
        for det_id in spec.determinations:
            if not det_id.startswith(prefix):
                issues.append(LoadIssue(file, f"a local determination id must start with {prefix!r} (got {det_id!r})", field=f"determinations.{det_id}"))
        for fact in spec.facts:
            if not fact.startswith(prefix):
                issues.append(LoadIssue(file, f"a local derived fact must start with {prefix!r} (got {fact!r})", field=f"facts.{fact}"))
        if spec.settings:
            issues.append(LoadIssue(file, "an overlay sets values for national settings under `setting_values`; it declares no settings", field="settings"))
        for rule in spec.rules:
            target = rule.then.determination
            if target is not None and not target.startswith(prefix):
                issues.append(
                    LoadIssue(
                        file,
                        f"overlay rule would change the statutory determination {target!r}; a partnership may not "
                        f"change a statutory outcome. Declare a stricter local policy as its own determination, "
                        f"e.g. '{prefix}{target}_local_policy'",
                        rule_lines.get(rule.id, (file, None))[1],
                        rule.id,
                        "then.determination",
                    )
                )
        values = book.partnership_settings.setdefault(spec.partnership, {})
        for name, setting_value in spec.setting_values.items():
            fact_name = f"setting.{name}"
            declared = book.settings.get(fact_name)
            field_name = f"setting_values.{name}"
            if declared is None:
                known = ", ".join(n[8:] for n in book.settings)
                issues.append(LoadIssue(file, f"unknown setting {name!r}; settings: {known}", field=field_name))
                continue
            setting, value = declared[0], setting_value.value
            if setting.type == "date" and not isinstance(value, dt.date):
                issues.append(LoadIssue(file, f"setting {name!r} takes a date (YYYY-MM-DD)", field=field_name))
            elif setting.type == "fact" and value not in (setting.choices or []):
                issues.append(LoadIssue(file, f"setting {name!r} takes one of: {', '.join(setting.choices or [])}", field=field_name))
            elif fact_name in values:
                issues.append(LoadIssue(file, f"setting {name!r} is set twice for {spec.partnership!r}", field=field_name))
            else:
                values[fact_name] = value
    return issues


def _type(book: RuleBook, name: str) -> str | None:
    spec = book.fact_spec(name)
    return spec.type if spec else None


def _date_source(book: RuleBook, name: str) -> bool:
    """A deadline may count from a date fact, or from a setting that names one."""
    if name in book.settings:
        return book.settings[name][0].type == "fact"
    return _type(book, name) == "date"


_OPS_BY_TYPE = {
    "bool": {"is", "is_not", "unless_known_to_be"},
    "enum": {"is", "is_not", "in", "not_in", "unless_known_to_be"},
    "str": {"is", "is_not", "in", "not_in"},
    "int": {"is", "is_not", "in", "not_in", "at_least", "at_most"},
    "date": {"on_or_after", "on_or_before", "before", "after"},
}


def _condition_problems(condition: Condition, book: RuleBook) -> list[str]:
    if condition.fact is None:
        return [p for child in (condition.all or condition.any or []) for p in _condition_problems(child, book)]
    spec = book.fact_spec(condition.fact)
    if spec is None:
        return [f"unknown fact {condition.fact!r}"]
    if condition.op not in _OPS_BY_TYPE[spec.type]:
        return [f"`{condition.op}` cannot test {spec.type} fact {condition.fact!r}"]
    if condition.op == "unless_known_to_be" and condition.fact not in CASE_FACTS:
        return [f"`unless_known_to_be` tests facts of the case, not derived facts or settings ({condition.fact!r})"]
    if condition.ref is not None:
        # Compared within one durable_rules fact, so both must be case facts or settings.
        if condition.fact in book.derived_facts or condition.ref in book.derived_facts:
            return [f"{condition.fact!r} can be compared only with a case fact or a setting, not a derived fact"]
        other = book.fact_spec(condition.ref)
        if other is None:
            return [f"unknown fact {condition.ref!r}"]
        if other.type != spec.type:
            return [f"{condition.fact!r} ({spec.type}) cannot be compared with {condition.ref!r} ({other.type})"]
        return []
    values = condition.value if isinstance(condition.value, list) else [condition.value]
    problems = []
    for value in values:
        if spec.values and (value not in spec.values or type(value) is not type(spec.values[0])):
            problems.append(f"{value!r} is not a value of {condition.fact!r} (one of: {', '.join(map(str, spec.values))})")
        elif spec.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            problems.append(f"{value!r} is not a whole number for {condition.fact!r}")
        elif spec.type == "date" and not hasattr(value, "toordinal"):
            problems.append(f"{value!r} is not a date (YYYY-MM-DD) for {condition.fact!r}")
    return problems


def _cycles(reads: dict[str, set[str]], book: RuleBook, files: dict[str, str]) -> list[LoadIssue]:
    """Derived facts must not depend on themselves: evaluation is stratified, not circular."""
    issues = []
    for start in reads:
        seen: set[str] = set()
        stack = list(reads[start])
        while stack:
            fact = stack.pop()
            if fact == start:
                issues.append(LoadIssue(files[book.derived_facts[start][1]], f"derived fact {start!r} depends on itself", field=f"facts.{start}"))
                break
            if fact not in seen:
                seen.add(fact)
                stack.extend(reads.get(fact, ()))
    return issues
