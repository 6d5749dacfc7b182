"""MkDocs hook (``hooks:`` in mkdocs.yml): every page of the site says which package version it
documents, read from the installed package rather than typed into the configuration."""

from __future__ import annotations

from typing import Any


def on_config(config: Any, **_: Any) -> Any:
    from safeguarding_rules.version import __version__

    config["copyright"] = f"safeguarding-rules {__version__} · Crown copyright quotes under the Open Government Licence v3.0"
    config["extra"]["version"] = __version__
    return config
