"""Strict YAML: duplicate keys are errors, and every value keeps the line it came from.

PyYAML silently keeps the last of two equal keys; a ruleset where a second ``status:`` quietly
wins is a wrong decision waiting to happen, so this loader refuses it and names the line. Anchors and
aliases are allowed (rulesets share a citation that way), but their expansion is capped: a file of
nested aliases ("billion laughs") is refused at the line where it passes the cap, never expanded.

Parsing uses libyaml's C parser when PyYAML has it (about ten times faster: it is most of a worker's
start-up, `python benchmarks/rolling_restart.py`); the checks above run on the nodes it composes,
which carry the same line marks, so they hold whichever parser read the file.
"""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[str | int, ...]

COMPOSER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser if PyYAML was built with it (the wheels are), else PyYAML's pure-Python one."""

MAX_VALUES = 50_000
"""The most values (keys, items, scalars) one file may expand to: the largest shipped ruleset has a
few thousand; a file past this is refused rather than expanded."""


_PLAIN_COLLECTIONS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class YamlError(ValueError):
    """A file that is not valid strict YAML, with the line that is wrong."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def load_with_lines(text: str, composer: type[yaml.SafeLoader] | None = None) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and the 1-based line of every key path (``composer``
    picks the parser: by default ``COMPOSER``)."""
    try:
        node = yaml.compose(text, Loader=composer or COMPOSER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlError(str(exc).replace("\n", " "), mark.line + 1 if mark else None) from exc
    lines: dict[Path_, int] = {}
    if node is None:
        return None, lines
    constructor = yaml.SafeLoader("")
    try:
        return _build(node, (), lines, constructor, [0]), lines
    except yaml.YAMLError as exc:  # e.g. a tag the safe loader will not construct
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        raise YamlError(str(exc).replace("\n", " "), mark.line + 1 if mark else None) from exc


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], constructor: yaml.SafeLoader, count: list[int]) -> Any:
    count[0] += 1
    if count[0] > MAX_VALUES:
        raise YamlError(f"the file expands to more than {MAX_VALUES} values (aliases nested too deep?)", node.start_mark.line + 1)
    if len(path) > 64:
        raise YamlError("values nested more than 64 deep", node.start_mark.line + 1)
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_COLLECTIONS:
        # e.g. `!!python/object/apply:os.system [..]`: never constructed, nor silently read as a list
        raise YamlError(f"the tag {node.tag!r} is not allowed here", node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                raise YamlError(f"a key must be a name or a number, not {type(key).__name__}", key_node.start_mark.line + 1)
            if key in result:
                raise YamlError(f"duplicate key {key!r}", key_node.start_mark.line + 1)
            result[key] = _build(value_node, (*path, key), lines, constructor, count)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, constructor, count) for i, item in enumerate(node.value)]
    return constructor.construct_object(node, deep=True)
