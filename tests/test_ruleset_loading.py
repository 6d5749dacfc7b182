"""A broken ruleset file fails to load with the file, line, rule id and field named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safeguarding_rules import Engine, RulesetError, load_rulebook
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR

S44 = "england/care-act-2014-s44.yaml"


@pytest.fixture
def rulesets(tmp_path: Path) -> Path:
    """A private copy of the national rulesets to break."""
    target = tmp_path / "rulesets"
    shutil.copytree(DEFAULT_RULESETS_DIR, target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count))


def load_issues(directory: Path) -> list[str]:
    with pytest.raises(RulesetError) as caught:
        load_rulebook([directory])
    return [str(issue) for issue in caught.value.issues]


def test_the_national_rulesets_load() -> None:
    book = load_rulebook()
    assert {"england.care-act-2014-s44", "england.care-act-2014-s42", "england.children-act-2004-cspr"} <= {
        r.spec.id for r in book.rulesets
    }
    contract_ids = {
        "scr", "notifiable_incident", "panel_notification", "rapid_review", "local_cspr", "national_review",
        "looked_after_death_notification", "care_leaver_death_notification", "child_death_review", "sar",
        "s42_enquiry",
    }
    assert contract_ids <= set(book.determinations)


def test_misspelt_fact_names_file_line_rule_and_field(rulesets: Path) -> None:
    edit(rulesets / S44, "- concerns.agencies_working_together: true", "- concerns.agencies_workng_together: true")
    (issue,) = load_issues(rulesets)
    assert "care-act-2014-s44.yaml:" in issue
    assert "rule SAR-S44-MANDATORY" in issue
    assert "unknown fact 'concerns.agencies_workng_together'" in issue
    assert "field 'when'" in issue


def test_impossible_value_is_an_error(rulesets: Path) -> None:
    edit(rulesets / S44, "- incident.outcome: died", "- incident.outcome: dead")
    (issue,) = load_issues(rulesets)
    assert "rule SAR-S44-CONDITION-1" in issue and "'dead' is not a value of 'incident.outcome'" in issue


def test_duplicate_rule_id_is_an_error(rulesets: Path) -> None:
    edit(rulesets / S44, "id: SAR-NOT-IN-AREA", "id: SAR-S44-DISCRETIONARY")
    issues = load_issues(rulesets)
    assert any("rule SAR-S44-DISCRETIONARY" in i and "duplicate rule id" in i for i in issues)


def test_two_rules_with_one_title_are_an_error(rulesets: Path) -> None:
    """Features and the rulebook name a rule by its title, so a title must name one rule."""
    path = rulesets / S44
    text = path.read_text()
    start = text.index("id: SAR-NOT-IN-AREA")
    title_start = text.index("title: ", start)
    title_end = text.index("\n", title_start)
    path.write_text(text[:title_start] + "title: The SAB may arrange a SAR in any other case of an adult in its area with care and support needs" + text[title_end:])
    (issue,) = load_issues(rulesets)
    assert "rule SAR-NOT-IN-AREA" in issue and "also rule SAR-S44-DISCRETIONARY's" in issue


def test_citation_without_a_quote_is_an_error(rulesets: Path) -> None:
    edit(rulesets / S44, "quote: a review of a case involving an adult in its area\n", "\n")
    (issue,) = load_issues(rulesets)
    assert "rule SAR-NOT-IN-AREA" in issue and "citations.0" in issue and "verbatim `quote`" in issue


def test_rule_without_citations_is_an_error(rulesets: Path) -> None:
    path = rulesets / S44
    text = path.read_text()
    start = text.index("    citations:", text.index("id: SAR-BEFORE-CARE-ACT"))
    path.write_text(text[:start])
    (issue,) = load_issues(rulesets)
    assert "rule SAR-BEFORE-CARE-ACT" in issue and "citations" in issue


def test_duplicate_yaml_key_names_its_line(rulesets: Path) -> None:
    edit(rulesets / S44, "    title: Safeguarding Adults Review\n", "    title: Safeguarding Adults Review\n    title: SAR\n")
    (issue,) = load_issues(rulesets)
    assert "duplicate key 'title'" in issue
    line = int(issue.split(".yaml:")[1].split(":")[0])
    assert (rulesets / S44).read_text().splitlines()[line - 1].strip() == "title: SAR"


def test_unknown_key_is_an_error(rulesets: Path) -> None:
    edit(rulesets / S44, "  - id: SAR-NOT-IN-AREA\n", "  - id: SAR-NOT-IN-AREA\n    priority: 3\n")
    (issue,) = load_issues(rulesets)
    assert "rule SAR-NOT-IN-AREA" in issue and "rules.7.priority" in issue and "Extra inputs" in issue


def test_unknown_source_and_determination_are_errors(rulesets: Path) -> None:
    edit(rulesets / S44, "- source: si-2015-993", "- source: si-2015-999")
    edit(rulesets / S44, "determination: sar\n      status: discretionary", "determination: sars\n      status: discretionary")
    issues = load_issues(rulesets)
    assert any("unknown source 'si-2015-999'" in i and "SAR-BEFORE-CARE-ACT" in i for i in issues)
    assert any("unknown determination 'sars'" in i and "SAR-SERIOUS-BY-GUIDANCE-EXAMPLE" in i for i in issues)


def test_derived_facts_may_not_depend_on_themselves(rulesets: Path) -> None:
    edit(rulesets / S44, "- death_resulted_from_abuse_or_neglect: {in: [known, suspected]}", "- sar.condition_2: true")
    edit(rulesets / S44, "- sar.serious_abuse_or_neglect: true", "- sar.condition_1: true")
    issues = load_issues(rulesets)
    assert any("depends on itself" in i for i in issues)


def test_broken_yaml_is_named(rulesets: Path) -> None:
    (rulesets / "england" / "broken.yaml").write_text("schema: safeguarding-rules/ruleset/v1\nid: [unclosed\n")
    (issue,) = load_issues(rulesets)
    assert "broken.yaml:" in issue


def test_an_engine_never_loads_a_partial_rule_set(rulesets: Path) -> None:
    edit(rulesets / S44, "- adult.in_area: true", "- adult.in_aera: true")
    with pytest.raises(RulesetError):
        Engine(extra_dirs=[rulesets], include_national=False)


def test_validate_reports_every_problem_of_every_file_in_one_run(tmp_path: Path) -> None:
    """A file with a schema error is still checked against the others, so fixing one problem never
    uncovers the next: broken YAML, a bad field, and what the rest of that file clashes with."""
    from safeguarding_rules.resources import TEMPLATES_DIR

    overlay = TEMPLATES_DIR / "partnership-overlay"
    for source in overlay.glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    second = (overlay / "example-partnership-pathways.yaml").read_text()
    second = second.replace("id: example_partnership.pathways", "id: example_partnership.second")
    second = second.replace("status: verified", "status: verifyed", 1)
    (tmp_path / "second.yaml").write_text(second)
    (tmp_path / "broken.yaml").write_text("schema: [unclosed\n")
    with pytest.raises(RulesetError) as caught:
        load_rulebook([tmp_path])
    text = str(caught.value)
    assert "broken.yaml" in text
    assert "second.yaml" in text and "verified" in text
    assert "declared in two rulesets" in text


def test_nested_aliases_are_refused_not_expanded(tmp_path: Path) -> None:
    """A 'billion laughs' file of a few hundred bytes would expand to a billion strings."""
    text = 'schema: safeguarding-rules/ruleset/v1\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghi":
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    (tmp_path / "laughs.yaml").write_text(text)
    assert len(text) < 600
    with pytest.raises(RulesetError) as caught:
        load_rulebook([tmp_path])
    (issue,) = caught.value.issues
    assert issue.file.endswith("laughs.yaml") and issue.line is not None and "expands to more than" in issue.message


def test_a_fifo_or_an_oversized_file_is_refused_by_name(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "huge.yaml").write_bytes(b"# " + b"x" * (1024 * 1024 + 10) + b"\n")
    with pytest.raises(RulesetError) as caught:
        load_rulebook([tmp_path])
    problems = {Path(issue.file).name: issue.message for issue in caught.value.issues}
    assert problems["pipe.yaml"] == "not a regular file"
    assert "over the 1048576-byte limit" in problems["huge.yaml"]


def test_a_python_tag_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "tagged.yaml").write_text("schema: safeguarding-rules/ruleset/v1\nid: !!python/object:os.system x\n")
    with pytest.raises(RulesetError) as caught:
        load_rulebook([tmp_path])
    (issue,) = caught.value.issues
    assert issue.file.endswith("tagged.yaml") and issue.line == 2


def test_precedence_is_declared_in_the_ruleset_and_decides_which_rule_wins(tmp_path: Path) -> None:
    pathway = _template_overlay(tmp_path)
    text = pathway.read_text()
    assert "precedence: [required, consider, discretionary, not_required]" in text
    pathway.write_text(text.replace("precedence: [required, consider, discretionary, not_required]\n", ""))
    with pytest.raises(RulesetError, match="declares `precedence`"):
        load_rulebook([DEFAULT_RULESETS_DIR, tmp_path])
    pathway.write_text(text.replace("precedence: [required, consider, discretionary, not_required]", "precedence: [required, consider]"))
    with pytest.raises(RulesetError, match="lists each of"):
        load_rulebook([DEFAULT_RULESETS_DIR, tmp_path])


def test_a_dated_parameter_sets_a_deadline_by_the_value_in_force(tmp_path: Path) -> None:
    """Deadlines and limits are parameters declared once with the dates each value applies from."""
    from safeguarding_rules import Engine
    pathway = _template_overlay(tmp_path)
    text = pathway.read_text()
    text = text.replace("# Which status wins", """parameters:
  learning_review_working_days:
    description: Working days within which the partnership decides on a learning review.
    values:
      - {from: 2019-09-29, value: 10}
      - {from: 2025-01-01, value: 20}
    citation:
      source: example-partnership-reviews-page
      provision: paragraph 2
      paraphrase: The partnership decides within a set number of working days.
      status: verified

# Which status wins""", 1)
    text = text.replace("      requirements:\n        - Led by someone independent of the case.",
                        "      due: {working_days: parameter.learning_review_working_days, after: incident.became_aware_on, label: became aware}\n"
                        "      requirements:\n        - Led by someone independent of the case.")
    pathway.write_text(text)
    engine = Engine(extra_dirs=[tmp_path])
    case = {
        "partnership": "example_partnership", "subject": {"kind": "child"},
        "incident": {"outcome": "harmed", "harm_kind": "other", "harm_judged_serious": False},
        "abuse_or_neglect": "suspected", "learning": {"lessons_to_learn": True},
    }
    dues = {}
    for aware, assessed in (("2024-12-02", "2024-12-03"), ("2025-01-02", "2025-01-03")):
        decision = engine.assess({**case, "assessment_date": assessed, "incident": {**case["incident"], "became_aware_on": aware}})
        review = decision.determination("example_partnership.learning_review")
        assert review is not None and review.status == "consider"
        dues[aware] = (review.due, review.due_basis)
    assert dues["2024-12-02"][1].startswith("10 working days")
    assert dues["2025-01-02"][1].startswith("20 working days")
    assert "parameter.learning_review_working_days" in dues["2025-01-02"][1]
    engine.close()
    pathway.write_text(text.replace("      - {from: 2025-01-01, value: 20}\n", "      - {from: 2019-01-01, value: 20}\n"))
    with pytest.raises(RulesetError, match="earliest first"):
        load_rulebook([DEFAULT_RULESETS_DIR, tmp_path])


def _template_overlay(directory: Path) -> Path:
    """The partnership template copied into ``directory``; its pathways file."""
    from safeguarding_rules.resources import TEMPLATES_DIR

    for source in (TEMPLATES_DIR / "partnership-overlay").glob("*.yaml"):
        shutil.copy(source, directory / source.name)
    return directory / "example-partnership-pathways.yaml"


def test_a_symlink_out_of_an_overlay_folder_is_refused_and_one_within_it_is_followed(tmp_path: Path) -> None:
    """Whoever may write an overlay folder must not make the service read any other file: a link
    to a file outside the folder is refused at start-up, naming the link and where it points."""
    outside, overlay = tmp_path / "another-partnership", tmp_path / "overlay"
    outside.mkdir()
    overlay.mkdir()
    _template_overlay(outside)
    pathways = _template_overlay(overlay)
    load_rulebook([DEFAULT_RULESETS_DIR, overlay])  # as shipped, it loads
    inside = pathways.rename(overlay / "pathways.txt")  # not a ruleset file by its name
    pathways.symlink_to(inside.name)
    assert any(r.path == pathways for r in load_rulebook([DEFAULT_RULESETS_DIR, overlay]).rulesets)
    pathways.unlink()
    pathways.symlink_to(outside / pathways.name)
    issues = load_issues_from([DEFAULT_RULESETS_DIR, overlay])
    expected = (f"{pathways}: is a symbolic link to {(outside / pathways.name).resolve()}, outside its folder "
                f"{overlay.resolve()}: refused (a ruleset file must be inside the folder it is loaded from)")
    assert [i for i in issues if "outside its folder" in i] == [expected], issues


def load_issues_from(directories: list[Path]) -> list[str]:
    with pytest.raises(RulesetError) as caught:
        load_rulebook(directories)
    return [str(issue) for issue in caught.value.issues]


PARSERS = pytest.mark.parametrize("parser", ["SafeLoader", "CSafeLoader"])


def test_libyaml_reads_every_shipped_file_as_the_pure_python_parser_does() -> None:
    """The loader parses with libyaml for speed (a worker's start-up); the data and the line of every
    key must be what PyYAML's own parser gives, or a problem would be reported on the wrong line."""
    import yaml

    from safeguarding_rules.loader import ruleset_files
    from safeguarding_rules.resources import TEMPLATES_DIR
    from safeguarding_rules.yamlstrict import COMPOSER, load_with_lines

    assert COMPOSER is yaml.CSafeLoader  # the wheels ship libyaml; without it the pure parser is used
    files = ruleset_files([DEFAULT_RULESETS_DIR, TEMPLATES_DIR])
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_with_lines(text, yaml.CSafeLoader) == load_with_lines(text, yaml.SafeLoader), path


@PARSERS
def test_the_strict_checks_hold_with_either_parser(parser: str) -> None:
    import yaml

    from safeguarding_rules.yamlstrict import YamlError, load_with_lines

    composer = getattr(yaml, parser)
    with pytest.raises(YamlError, match="duplicate key 'status'") as caught:
        load_with_lines("rules:\n  - id: A\n    status: required\n    status: not_required\n", composer)
    assert caught.value.line == 4
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        laughs += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    with pytest.raises(YamlError, match="expands to more than"):
        load_with_lines(laughs, composer)
    with pytest.raises(YamlError, match="nested more than 64 deep"):
        load_with_lines("- " * 70 + "x", composer)
    with pytest.raises(YamlError) as tagged:
        load_with_lines("id: ok\nrun: !!python/object/apply:os.system [echo]\n", composer)
    assert tagged.value.line == 2
    # libyaml refuses nesting past 1,000 levels as it parses; PyYAML's parser recurses (the loader
    # reports a RecursionError against the file): neither crashes the process
    with pytest.raises((YamlError, RecursionError)):
        load_with_lines("[" * 100_000 + "]" * 100_000, composer)
