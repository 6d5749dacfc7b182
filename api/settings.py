"""Service settings, read from ``SAFEGUARDING_RULES_*`` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """One settings object; it refuses values that would serve a partial or wrong rule set."""

    model_config = SettingsConfigDict(env_prefix="SAFEGUARDING_RULES_", extra="forbid")

    ruleset_dirs: list[Path] = []
    """Extra ruleset directories (a partnership's overlay), loaded over the national rulesets."""

    feature_dirs: list[Path] = []
    """Feature directories for the rulebook (default: the project's `features/`)."""

    rulebook_results: Path | None = None
    """Cucumber JSON of the latest feature run, shown in the rulebook (optional)."""

    @field_validator("ruleset_dirs", "feature_dirs")
    @classmethod
    def _existing(cls, dirs: list[Path]) -> list[Path]:
        missing = [str(d) for d in dirs if not d.is_dir()]
        if missing:
            raise ValueError(f"ruleset directories do not exist: {', '.join(missing)}")
        return dirs
