"""Where the data the library ships lives: rulesets, feature files and templates.

The repository keeps them at its top level (``rulesets/``, ``features/``, ``templates/``); the build
maps them into the package (``safeguarding_rules/rulesets``, ...), so they are found through
``importlib.resources`` wherever the wheel is installed, and beside the package in a clone.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def shipped(name: str) -> Path:
    """The directory of the shipped data ``name`` (``rulesets``, ``features`` or ``templates``).

    In an installed wheel it is inside the package; in an editable install from a clone, the build's
    mapping is not applied, so it is the repository's top-level directory beside the package. The
    package is installed on the file system (not zipped), so a ``Path`` is returned for the loaders.
    """
    package = Path(str(files("safeguarding_rules")))
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


RULESETS_DIR = shipped("rulesets")
"""The national rulesets and partnership overlays shipped with the library."""

FEATURES_DIR = shipped("features")
"""The feature files the rulebook shows as scenarios."""

TEMPLATES_DIR = shipped("templates")
"""Starting points, such as a partnership overlay to copy."""
