"""The rule book: every loaded ruleset, source, determination, derived fact and rule, as one value.

Loading builds it (``loader``), checking reads it (``validate``), compiling and explaining use it;
it imports none of them, so data flows one way from the files to the decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safeguarding_rules.facts import CASE_FACTS, FactSpec
from safeguarding_rules.schema import DeterminationSpec, Effective, Parameter, Rule, RulesetFile, SettingSpec, Source


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
    settings: dict[str, tuple[SettingSpec, str]] = field(default_factory=dict)
    """By fact name (``setting.<name>``), with the ruleset that declares it."""
    partnership_settings: dict[str, dict[str, object]] = field(default_factory=dict)
    parameters: dict[str, tuple[Parameter, str]] = field(default_factory=dict)
    """Dated parameters by fact name (``parameter.<name>``), with the ruleset that declares them."""
    """Each partnership's values for settings, by fact name."""
    rules: list[BoundRule] = field(default_factory=list)
    presumptions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """Case facts presumed until stated otherwise: each fact's basis and the ruleset declaring it."""
    former_ids: dict[str, str] = field(default_factory=dict)
    """Each id a ruleset had before (its file's ``formerly:``), with its id now."""

    def ruleset(self, ruleset_id: str) -> LoadedRuleset | None:
        return next((r for r in self.rulesets if r.spec.id == ruleset_id), None)

    def named(self, ruleset_id: str) -> LoadedRuleset | None:
        """The ruleset a client names, by its id or by an id it had before (``former_ids``)."""
        return self.ruleset(ruleset_id) or self.ruleset(self.former_ids.get(ruleset_id, ""))

    def fact_spec(self, name: str) -> FactSpec | None:
        if name in CASE_FACTS:
            return CASE_FACTS[name]
        if name in self.derived_facts:
            return FactSpec(name, "bool", (True, False), self.derived_facts[name][0])
        if name in self.parameters:
            parameter = self.parameters[name][0]
            return FactSpec(name, "date" if parameter.is_date else "int", (), parameter.description)
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

    def parameter_values(self, known: dict[str, Any], default_date_fact: dict[str, str]) -> dict[str, Any]:
        """Each parameter's value in force on its date for a case (left out where it cannot be told)."""
        values: dict[str, Any] = {}
        for name, (parameter, ruleset_id) in self.parameters.items():
            day = known.get(parameter.date_fact or default_date_fact[ruleset_id])
            value = parameter.value_on(day if hasattr(day, "toordinal") else None)
            if value is not None:
                values[name] = value
        return values

    def citation_statuses(self) -> dict[str, int]:
        """How far the quotes are checked: every citation of rules, joint reviews, parameters and
        settings counted by status (verified, secondary, unverified)."""
        counts = dict.fromkeys(("verified", "secondary", "unverified"), 0)
        for loaded in self.rulesets:
            spec = loaded.spec
            refs = [c for rule in spec.rules for c in rule.citations]
            refs += [c for joint in spec.joint_reviews.values() for c in joint.citations]
            refs += [p.citation for p in spec.parameters.values()] + [s.citation for s in spec.settings.values()]
            for ref in refs:
                counts[ref.status] += 1
        return counts

    @property
    def partnerships(self) -> list[str]:
        return sorted({r.spec.partnership for r in self.rulesets if r.spec.partnership})
