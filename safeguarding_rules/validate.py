"""Checks across ruleset files, run once every file has parsed: every name a rule uses must exist,
every value must be possible, derived facts must not be circular, and a partnership overlay may
add to the national rules but never change a statutory outcome.
"""

from __future__ import annotations

import datetime as dt
import graphlib

from safeguarding_rules.book import RuleBook
from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.errors import LoadIssue
from safeguarding_rules.evaluate import dependency_order
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.models.case import JURISDICTIONS
from safeguarding_rules.operators import OPERATORS
from safeguarding_rules.schema import Condition, Rule


def check_book(book: RuleBook, rule_lines: dict[str, tuple[str, int | None]], *, partial: bool = False) -> list[LoadIssue]:
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
        if then.due is not None:
            for unit in (then.due.working_days, then.due.months):
                if isinstance(unit, str) and unit not in book.parameters:
                    issue(f"unknown parameter {unit!r}; parameters: {', '.join(sorted(book.parameters)) or 'none'}", "then.due")
                elif isinstance(unit, str) and book.parameters[unit][0].is_date:
                    issue(f"parameter {unit!r} is a date, not a number of days or months", "then.due")
        if _type(book, bound.effective.date_fact or "") != "date":
            issue(f"effective.date_fact {bound.effective.date_fact!r} is not a date fact", "effective.date_fact")
    # Features and the rulebook name a rule by its title, so a title names one rule among those that
    # can meet in a case: every national rule, and one partnership's with them.
    partnership_of = {r.spec.id: r.spec.partnership for r in book.rulesets}
    titled: dict[tuple[str | None, str], str] = {}
    for bound in sorted(book.rules, key=lambda b: partnership_of.get(b.ruleset) is not None):
        partnership, title = partnership_of.get(bound.ruleset), bound.rule.title.lower()
        first = titled.get((None, title)) or titled.setdefault((partnership, title), bound.rule.id)
        if first != bound.rule.id:
            file, line = rule_lines.get(bound.rule.id, (files.get(bound.ruleset, ""), None))
            issues.append(LoadIssue(file, f"title is also rule {first}'s: a title names one rule", line, bound.rule.id, "title"))
    # A condition that holds until a fact is stated otherwise presumes that fact: the ruleset says so,
    # with its basis, so that a status that changes when the fact is learned is a declared presumption.
    # (A fact recording an action already taken needs no declaration: until recorded, it is not taken.)
    for loaded in book.rulesets:
        spec = loaded.spec
        roots = [r.when for r in spec.rules] + [d.applies_when for d in spec.determinations.values()]
        presumed = {
            node.fact for root in roots for node in fact_nodes(root)
            if node.op is not None and OPERATORS[node.op].holds_when_unknown and node.fact
            and not (node.fact in CASE_FACTS and CASE_FACTS[node.fact].records_action)
        }
        for fact in sorted(presumed - spec.presumptions.keys()):
            issues.append(LoadIssue(str(loaded.path), f"{fact!r} is presumed until stated otherwise but not declared under `presumptions:` with its basis", None, None, "presumptions"))
    for det_id, (det, ruleset_id) in book.determinations.items():
        if det.applies_when is not None:
            for message in _condition_problems(det.applies_when, book):
                issues.append(LoadIssue(files[ruleset_id], message, None, None, f"determinations.{det_id}.applies_when"))
        for followed in det.follows or []:
            if followed not in book.determinations or followed == det_id:
                issues.append(LoadIssue(files[ruleset_id], f"follows {followed!r}, which is not another determination", None, None, f"determinations.{det_id}.follows"))
            elif book.determinations[followed][0].follows:
                issues.append(LoadIssue(files[ruleset_id], f"follows {followed!r}, itself a follow-on: follow the duty it follows", None, None, f"determinations.{det_id}.follows"))
        if det.done_when is not None and not (det.done_when in CASE_FACTS and CASE_FACTS[det.done_when].records_action):
            issues.append(LoadIssue(files[ruleset_id], f"done_when {det.done_when!r} is not a case fact that records an action (review.*, incident.panel_notified_on)", None, None, f"determinations.{det_id}.done_when"))
    for loaded in book.rulesets:
        if loaded.spec.effective.while_ is not None:
            for message in _condition_problems(loaded.spec.effective.while_, book):
                issues.append(LoadIssue(str(loaded.path), message, None, None, "effective.while"))
        for jurisdiction in loaded.spec.jurisdictions:
            if jurisdiction not in JURISDICTIONS:
                issues.append(LoadIssue(str(loaded.path), f"unknown jurisdiction {jurisdiction!r}; one of: {', '.join(JURISDICTIONS)}", None, None, "jurisdiction"))
        for joint_id, joint in loaded.spec.joint_reviews.items():
            for det_id in joint.each_of + joint.any_of:
                if det_id not in book.determinations and not partial:  # a file that failed to load is reported already
                    issues.append(LoadIssue(str(loaded.path), f"joint review {joint_id!r} names {det_id!r}, which is not a determination", None, None, f"joint_reviews.{joint_id}"))
            for i, ref in enumerate(joint.citations):
                where = f"joint_reviews.{joint_id}.citations.{i}"
                if ref.source not in book.sources:
                    issues.append(LoadIssue(str(loaded.path), f"unknown source {ref.source!r}", None, None, where))
                elif ref.quote is not None and book.sources[ref.source].kind in _PARAPHRASE_ONLY:
                    issues.append(LoadIssue(str(loaded.path), f"{ref.source!r} is a {book.sources[ref.source].kind} source: paraphrase it", None, None, where))
            if joint.when is not None:
                for message in _condition_problems(joint.when, book):
                    issues.append(LoadIssue(str(loaded.path), message, None, None, f"joint_reviews.{joint_id}.when"))
    for fact_name, (setting, ruleset_id) in book.settings.items():
        for choice in setting.choices or []:
            if _type(book, choice) != "date" or choice not in CASE_FACTS:
                issues.append(LoadIssue(files[ruleset_id], f"setting choice {choice!r} is not a date fact of a case", field=f"settings.{fact_name[8:]}.choices"))
        if setting.citation.source not in book.sources:
            issues.append(LoadIssue(files[ruleset_id], f"unknown source {setting.citation.source!r}", field=f"settings.{fact_name[8:]}.citation.source"))
    for fact_name, (parameter, ruleset_id) in book.parameters.items():
        declaring = book.ruleset(ruleset_id)
        date_fact = parameter.date_fact or (declaring.spec.effective.date_fact if declaring else None)
        if _type(book, date_fact or "") != "date":
            issues.append(LoadIssue(files[ruleset_id], f"date_fact {date_fact!r} is not a date fact", field=f"parameters.{fact_name[10:]}.date_fact"))
        if parameter.citation.source not in book.sources:
            issues.append(LoadIssue(files[ruleset_id], f"unknown source {parameter.citation.source!r}", field=f"parameters.{fact_name[10:]}.citation.source"))
    for fact, (_, ruleset_id) in book.derived_facts.items():
        if fact not in concluded:
            issues.append(LoadIssue(files[ruleset_id], f"derived fact {fact!r} is declared but no rule concludes it", field=f"facts.{fact}"))
    issues.extend(_cycles(concluded, book, files))
    return issues


_PARAPHRASE_ONLY = {"local_guidance", "commentary"}


def check_overlays(book: RuleBook, rule_lines: dict[str, tuple[str, int | None]]) -> list[LoadIssue]:
    """A partnership overlay adds to the national rules; it may never change a statutory outcome.
    Reads the book and writes nothing (the loader records each partnership's setting values)."""
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
        values: set[str] = set()
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
            values.add(fact_name)
    return issues


def _type(book: RuleBook, name: str) -> str | None:
    spec = book.fact_spec(name)
    return spec.type if spec else None


def _date_source(book: RuleBook, name: str) -> bool:
    """A deadline may count from a date fact, or from a setting that names one."""
    if name in book.settings:
        return book.settings[name][0].type == "fact"
    return _type(book, name) == "date"


def _condition_problems(condition: Condition, book: RuleBook) -> list[str]:
    if condition.fact is None:
        return [p for child in (condition.all or condition.any or []) for p in _condition_problems(child, book)]
    spec = book.fact_spec(condition.fact)
    if spec is None:
        return [f"unknown fact {condition.fact!r}"]
    if spec.type not in OPERATORS[condition.op or "is"].types:
        return [f"`{condition.op}` cannot test {spec.type} fact {condition.fact!r}"]
    if OPERATORS[condition.op or "is"].tests_knowledge and condition.fact not in CASE_FACTS:
        return [f"`{condition.op}` tests facts of the case, not derived facts or settings ({condition.fact!r})"]
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
    """Derived facts must not depend on themselves: evaluation is stratified, not circular. The one walk
    of the derived-fact graph is the scope's dependency order (``evaluate.dependency_order``); a cycle
    there is reported on each fact in it."""
    try:
        dependency_order({fact: read & book.derived_facts.keys() for fact, read in reads.items()})
    except graphlib.CycleError as cycle:
        circle = list(dict.fromkeys(cycle.args[1]))
        path = " -> ".join([*circle, circle[0]])
        return [
            LoadIssue(files[book.derived_facts[fact][1]], f"derived fact {fact!r} depends on itself ({path})", field=f"facts.{fact}")
            for fact in circle
            if fact in book.derived_facts
        ]
    return []
