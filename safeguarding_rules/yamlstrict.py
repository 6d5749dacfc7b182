"""Strict YAML: duplicate keys are errors, and every value keeps the line it came from.

PyYAML silently keeps the last of two equal keys; a ruleset where a second ``status:`` quietly
wins is a wrong decision waiting to happen, so this loader refuses it and names the line.
"""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class YamlError(ValueError):
    """A file that is not valid strict YAML, with the line that is wrong."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document; return the data and the 1-based line of every key path."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlError(str(exc).replace("\n", " "), mark.line + 1 if mark else None) from exc
    lines: dict[Path_, int] = {}
    if node is None:
        return None, lines
    constructor = yaml.SafeLoader("")
    return _build(node, (), lines, constructor), lines


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], constructor: yaml.SafeLoader) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if key in result:
                raise YamlError(f"duplicate key {key!r}", key_node.start_mark.line + 1)
            result[key] = _build(value_node, (*path, key), lines, constructor)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, constructor) for i, item in enumerate(node.value)]
    return constructor.construct_object(node, deep=True)
