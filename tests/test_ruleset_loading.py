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
    assert {"england/care-act-2014-s44", "england/care-act-2014-s42", "england/children-act-2004-cspr"} <= {
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


def test_a_rulesets_id_is_its_path_in_the_folder_it_is_loaded_from(tmp_path: Path) -> None:
    """As OpenFisca's: the national files' ids are their paths, a partnership folder's are relative to it."""
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    _template_overlay(overlay)
    book = load_rulebook([DEFAULT_RULESETS_DIR, overlay])
    ids = {r.spec.id: r.path for r in book.rulesets}
    assert ids["england/care-act-2014-s44"] == DEFAULT_RULESETS_DIR / S44
    assert ids["northern_ireland/case-management-reviews-and-dhr"].parent.name == "northern_ireland"
    assert ids["partnerships/derbyshire/derbyshire-silr"].name == "derbyshire-silr.yaml"
    assert ids["example-partnership-pathways"] == overlay / "example-partnership-pathways.yaml"
    assert all(r.spec.id == r.path.relative_to(r.path.parents[len(r.spec.id.split("/")) - 1]).with_suffix("").as_posix()
               for r in book.rulesets)


def test_a_stated_id_must_be_the_files_path(rulesets: Path) -> None:
    edit(rulesets / S44, "formerly: [england.care-act-2014-s44]\n", "id: england/care-act-2014-s44\nformerly: [england.care-act-2014-s44]\n")
    load_rulebook([rulesets])  # its path, stated: loads
    edit(rulesets / S44, "id: england/care-act-2014-s44\n", "id: england.care-act-2014-s44\n")
    (issue,) = load_issues(rulesets)
    assert issue.startswith(f"{rulesets / S44}:4: field 'id': `id` 'england.care-act-2014-s44' is not this file's id: ")
    assert "its path in the folder it is loaded from, 'england/care-act-2014-s44'. Remove `id:`" in issue


def test_an_overlay_stating_a_national_rulesets_old_id_is_told_which_ruleset_that_now_is(tmp_path: Path) -> None:
    """An overlay written before ids were paths names an old id: it is refused, clearly, not loaded
    under an id that means something else."""
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    pathways = _template_overlay(overlay)
    pathways.write_text(pathways.read_text().replace("schema: safeguarding-rules/ruleset/v1\n", "schema: safeguarding-rules/ruleset/v1\nid: england.care-act-2014-s44\n"))
    issues = load_issues_from([DEFAULT_RULESETS_DIR, overlay])
    assert issues == [
        (f"{pathways}:7: field 'id': `id` 'england.care-act-2014-s44' is not this file's id ('england.care-act-2014-s44' was "
        "the id of the ruleset now 'england/care-act-2014-s44'): a ruleset's id is its path in the folder it is loaded from, "
        "'example-partnership-pathways'. Remove `id:` (or write 'example-partnership-pathways'); to keep answering to an "
        "old id, list it under `formerly:`"),
    ]


def test_two_folders_giving_one_id_is_a_load_error_naming_both_files(tmp_path: Path) -> None:
    """Two partnerships' folders, each with its pathways at the same path, would give one id twice."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, partnership in ((first, "first_partnership"), (second, "second_partnership")):
        folder.mkdir()
        pathways = _template_overlay(folder)
        kebab = partnership.replace("_", "-")
        pathways.write_text(pathways.read_text().replace("example_partnership", partnership)
                            .replace("example-partnership", kebab).replace("EXAMPLE-PARTNERSHIP", kebab.upper()))
        (folder / "sources.yaml").write_text((folder / "sources.yaml").read_text().replace("example-partnership", kebab))
    load_rulebook([DEFAULT_RULESETS_DIR, first])
    issues = load_issues_from([DEFAULT_RULESETS_DIR, first, second])
    assert issues[:1] == [  # (what else the two files clash on follows)
        (f"{second / 'example-partnership-pathways.yaml'}: field 'id': ruleset id 'example-partnership-pathways' is used by "
        f"another file, {first / 'example-partnership-pathways.yaml'}: two folders loaded together hold a file at the same "
        "path (a ruleset's id is its path in its folder); rename one"),
    ]


def test_a_former_id_names_one_ruleset(rulesets: Path) -> None:
    edit(rulesets / "england" / "care-act-2014-s42.yaml", "formerly: [england.care-act-2014-s42]", "formerly: [england.care-act-2014-s42, england.care-act-2014-s44]")
    edit(rulesets / "scotland" / "learning-reviews.yaml", "formerly: [scotland.learning-reviews]", "formerly: [scotland.learning-reviews, wales/lscb-wales-regulations-2006-reg4a]")
    issues = load_issues(rulesets)
    assert sorted(issues) == sorted([
        f"{rulesets / S44}: field 'formerly': former id 'england.care-act-2014-s44' is also listed by ruleset 'england/care-act-2014-s42'",
        (f"{rulesets / 'scotland' / 'learning-reviews.yaml'}: field 'formerly': former id 'wales/lscb-wales-regulations-2006-reg4a' "
        f"is the id of {rulesets / 'wales' / 'lscb-wales-regulations-2006-reg4a.yaml'}"),
    ]), issues


def test_a_file_whose_path_cannot_be_an_id_is_refused(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    pathways = _template_overlay(overlay)
    named = pathways.rename(overlay / "Our Pathways.yaml")
    issues = load_issues_from([DEFAULT_RULESETS_DIR, overlay])
    assert issues == [
        (f"{named}: field 'id': a ruleset's id is its path in the folder it is loaded from, here 'Our Pathways': name its "
        "file and folders in lower-case letters, digits, '-' and '_'"),
    ]


def test_old_ids_resolve_to_the_rulesets_now() -> None:
    book = load_rulebook()
    assert book.named("northern-ireland.case-reviews").spec.id == "northern_ireland/case-management-reviews-and-dhr"  # type: ignore[union-attr]
    assert book.named("england/care-act-2014-s44") is book.ruleset("england/care-act-2014-s44")
    assert book.named("england.nope") is None
    # every shipped ruleset had an id before, but those first published after the ids changed
    new_since = {"scotland/adult-support-and-protection-learning-reviews-2022"}
    assert len(book.former_ids) == len(book.rulesets) - len(new_since)
    assert {r.spec.id for r in book.rulesets if not r.spec.formerly} == new_since
