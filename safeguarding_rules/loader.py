"""Load ruleset and sources files from directories into one checked ``RuleBook``.

Every problem found is collected and raised together as a ``RulesetError`` naming the file, line,
rule id and field, so a policy lead fixes a file in one pass. A book is all or nothing: if any file
is invalid, nothing is served from any of them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from safeguarding_rules.book import BoundRule, LoadedRuleset, RuleBook
from safeguarding_rules.errors import LoadIssue, RulesetError
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.resources import RULESETS_DIR
from safeguarding_rules.schema import (
    RULESET_ID_PATTERN,
    SCHEMA_RULESET,
    SCHEMA_SOURCES,
    Effective,
    Rule,
    RulesetFile,
    SourcesFile,
)
from safeguarding_rules.validate import check_book, check_overlays
from safeguarding_rules.yamlstrict import YamlError, load_with_lines

DEFAULT_RULESETS_DIR = RULESETS_DIR
"""The national rulesets shipped with the library (the repository's ``rulesets/``, installed in the package)."""


def ruleset_files(directories: Iterable[Path]) -> list[Path]:
    """The YAML files under the directories, in a stable order."""
    return [path for path, _ in _files_in(directories)]


def _files_in(directories: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Each YAML file under the directories, with the directory it was found in."""
    files: list[tuple[Path, Path]] = []
    for directory in directories:
        directory = Path(directory)
        if not directory.is_dir():
            raise RulesetError([LoadIssue(str(directory), "not a directory of ruleset files")])
        files.extend((p, directory) for p in sorted(directory.rglob("*")) if p.suffix in (".yaml", ".yml"))
    return files


def ruleset_id(path: Path, directory: Path) -> str:
    """A ruleset's id: its file's path in the folder it is loaded from, without the suffix, with ``/``
    between folders on every system (``england/care-act-2014-s44``), as OpenFisca names its files'
    contents. One name, kept by the file system, so an id can never drift from where its file is."""
    return path.relative_to(directory).with_suffix("").as_posix()


def _outside(path: Path, directory: Path) -> str | None:
    """Why a file found in ``directory`` is refused for pointing outside it (a symbolic link, or a
    link among its folders), or None. Whoever may write the folder must not make the service read
    any other file the service can (another partnership's rules, a secret to echo in an error). A
    link to a file inside the folder is allowed: it reads nothing the folder does not already hold.
    The folder itself may be a link (an overlay swapped by repointing a ``current`` link)."""
    try:
        target, root = path.resolve(strict=True), directory.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # a dangling link, or a loop
        return f"is a symbolic link that cannot be followed ({type(exc).__name__}): refused"
    if target.is_relative_to(root):
        return None
    return f"is a symbolic link to {target}, outside its folder {root}: refused (a ruleset file must be inside the folder it is loaded from)"


MAX_FILE_BYTES = 1024 * 1024
"""The largest ruleset file read (the largest shipped is about 25 KB): a bigger one is refused."""


def load_rulebook(directories: Sequence[Path | str] | None = None) -> RuleBook:
    """Load and check every ruleset and sources file under the directories (default: national)."""
    dirs = [Path(d) for d in (directories or [DEFAULT_RULESETS_DIR])]
    book = RuleBook()
    issues: list[LoadIssue] = []
    rule_lines: dict[str, tuple[str, int | None]] = {}
    stated: list[_StatedId] = []
    for path, directory in _files_in(dirs):
        outside = _outside(path, directory)
        if outside is not None:
            issues.append(LoadIssue(str(path), outside))
            continue
        _load_file(path, directory, book, issues, rule_lines, stated)
    if not book.rulesets and not issues:
        issues.append(LoadIssue(", ".join(map(str, dirs)), "no ruleset files found"))
    issues.extend(_former_ids(book))
    issues.extend(_stated_id_issues(stated, book))
    issues.extend(check_book(book, rule_lines, partial=bool(issues)))
    issues.extend(check_overlays(book, rule_lines))
    if issues:
        raise RulesetError(issues)
    for loaded in book.rulesets:  # checked: each partnership's values for the national settings
        if loaded.spec.partnership is not None:
            values = book.partnership_settings.setdefault(loaded.spec.partnership, {})
            values.update({f"setting.{name}": setting.value for name, setting in loaded.spec.setting_values.items()})
    return book


_StatedId = tuple[str, int | None, object, str]
"""A file whose ``id:`` is not its path: the file, the line, what it states and its id."""


def _stated_id_issues(stated: list[_StatedId], book: RuleBook) -> list[LoadIssue]:
    """A file may state its id only as its path: any other (an id of the old ``england.`` form, kept
    in an overlay written before ids were paths) is refused, naming the id to write and, where the
    stated one was another ruleset's, which ruleset that now is."""
    issues = []
    for name, line, said, own in stated:
        was = book.former_ids.get(said) if isinstance(said, str) else None
        whose = f" ({said!r} was the id of the ruleset now {was!r})" if was and was != own else ""
        issues.append(LoadIssue(
            name,
            f"`id` {said!r} is not this file's id{whose}: a ruleset's id is its path in the folder it is loaded "
            f"from, {own!r}. Remove `id:` (or write {own!r}); to keep answering to an old id, list it under `formerly:`",
            line, field="id",
        ))
    return issues


def _former_ids(book: RuleBook) -> list[LoadIssue]:
    """Record each ruleset's former ids, refusing one that names two rulesets: a client naming it
    must get one answer."""
    issues = []
    for loaded in book.rulesets:
        for old in loaded.spec.formerly:
            other = book.ruleset(old)
            if other is not None and other is not loaded:
                issues.append(LoadIssue(str(loaded.path), f"former id {old!r} is the id of {other.path}", field="formerly"))
            elif book.former_ids.setdefault(old, loaded.spec.id) != loaded.spec.id:
                issues.append(LoadIssue(str(loaded.path), f"former id {old!r} is also listed by ruleset {book.former_ids[old]!r}", field="formerly"))
    return issues


def _load_file(
    path: Path, directory: Path, book: RuleBook, issues: list[LoadIssue],
    rule_lines: dict[str, tuple[str, int | None]], stated: list[_StatedId],
) -> None:
    name = str(path)
    try:
        _load_checked_file(path, directory, book, issues, rule_lines, stated)
    except (OSError, RecursionError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # Whatever a malformed file trips, the problem is reported against the file, never a traceback.
        issues.append(LoadIssue(name, f"cannot be loaded: {type(exc).__name__}: {exc}"))


def _read(path: Path) -> bytes:
    """The file's bytes: only a regular file, and only up to the size limit (a FIFO would hang, a huge
    file would stall start-up)."""
    if not path.is_file():
        raise OSError("not a regular file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise OSError(f"{size} bytes is over the {MAX_FILE_BYTES}-byte limit for a ruleset file")
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _load_checked_file(
    path: Path, directory: Path, book: RuleBook, issues: list[LoadIssue],
    rule_lines: dict[str, tuple[str, int | None]], stated: list[_StatedId],
) -> None:
    name = str(path)
    try:
        raw = _read(path)
    except OSError as exc:
        issues.append(LoadIssue(name, exc.strerror or str(exc)))
        return
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
    if model is RulesetFile:
        own = ruleset_id(path, directory)
        if not re.fullmatch(RULESET_ID_PATTERN, own):
            issues.append(LoadIssue(name, (
                f"a ruleset's id is its path in the folder it is loaded from, here {own!r}: name its file and "
                "folders in lower-case letters, digits, '-' and '_'"), field="id"))
            return
        if "id" in data and data["id"] != own:
            stated.append((name, lines.get(("id",)), data["id"], own))
        data = {**data, "id": own}
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        issues.extend(_validation_issues(name, exc, data, lines))
        salvaged = _valid_part(model, data) if model is RulesetFile else None
        if salvaged is None:
            return
        parsed = salvaged  # checked across files too, so one run reports every problem

    if isinstance(parsed, SourcesFile):
        for source_id, source in parsed.sources.items():
            if source_id in book.sources:
                issues.append(LoadIssue(name, f"source {source_id!r} is defined twice", lines.get(("sources", source_id))))
            book.sources[source_id] = source
        return
    other = book.ruleset(parsed.id)
    if other is not None:
        issues.append(LoadIssue(name, (
            f"ruleset id {parsed.id!r} is used by another file, {other.path}: two folders loaded together hold "
            "a file at the same path (a ruleset's id is its path in its folder); rename one"), field="id"))
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
    for parameter_name, parameter in parsed.parameters.items():
        fact_name = f"parameter.{parameter_name}"
        if fact_name in book.parameters:
            issues.append(LoadIssue(name, f"parameter {parameter_name!r} is declared in two rulesets", lines.get(("parameters", parameter_name))))
        book.parameters[fact_name] = (parameter, parsed.id)
    for fact, basis in parsed.presumptions.items():
        if fact not in CASE_FACTS:
            issues.append(LoadIssue(name, f"presumption {fact!r} is not a fact of a case", lines.get(("presumptions", fact))))
        book.presumptions.setdefault(fact, []).append((basis, parsed.id))
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
    """A rule's own ``effective`` replaces the ruleset's dates; the date fact and era are inherited."""
    if rule is None:
        return ruleset
    return rule.model_copy(update={"date_fact": rule.date_fact or ruleset.date_fact, "while_": rule.while_ or ruleset.while_})


def _valid_part(model: type[RulesetFile | SourcesFile], data: Any) -> RulesetFile | None:
    """The file less its invalid rules, if that much is valid: its problems are already reported, and
    the rest is still checked against the other files (names, values, duplicates) in the same run."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return None
    rules = []
    for rule in data["rules"]:
        try:
            Rule.model_validate(rule)
        except ValidationError:
            continue
        rules.append(rule)
    try:  # a file needs a rule: stand one in while the rest is checked, then drop it
        part = model.model_validate({**data, "rules": rules or [_STAND_IN_RULE]})
    except ValidationError:
        return None
    if not isinstance(part, RulesetFile):
        return None
    return part if rules else part.model_copy(update={"rules": []})


_STAND_IN_RULE: dict[str, Any] = {
    "id": "STAND-IN",
    "title": "stands in for a file's invalid rules while the rest of it is checked",
    "then": {"fact": "stand.in"},
    "citations": [{"source": "stand-in", "provision": "-", "quote": "-", "status": "unverified"}],
}


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
