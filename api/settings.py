"""Service settings, read from ``SAFEGUARDING_RULES_*`` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_KEY_LENGTH = 32
"""The shortest API key accepted: a guessable key is no key."""


class Settings(BaseSettings):
    """One settings object; it refuses values that would serve a partial or wrong rule set."""

    model_config = SettingsConfigDict(env_prefix="SAFEGUARDING_RULES_", extra="forbid")

    ruleset_dirs: list[Path] = []
    """Extra ruleset directories (a partnership's overlay), loaded over the national rulesets."""

    feature_dirs: list[Path] = []
    """Feature directories for the rulebook (default: the project's `features/`)."""

    rulebook_results: Path | None = None
    """Cucumber JSON of the latest feature run, shown in the rulebook (optional)."""

    api_keys: list[SecretStr] = []
    """API keys; when any are configured (here or in ``api_keys_file``), every endpoint but /healthz needs one."""

    api_keys_file: Path | None = None
    """A file of API keys, one per line (blank lines, and lines whose first non-blank is #, ignored)."""

    protect_rulebook: bool = False
    """The rulebook publishes public law: open to all unless this is true (then it needs a key like the API)."""

    public_docs: bool = False
    """When API keys are set, `/docs`, `/redoc` and `/openapi.json` need a key too, unless this is true."""

    max_body_bytes: int = Field(default=8 * 2**20, ge=1024, le=256 * 2**20)
    """Largest request body accepted (a full batch of 1,000 cases fits in the default 8 MiB)."""

    max_buffered_body_bytes: int = Field(default=64 * 2**20, ge=1024, le=4 * 2**30)
    """Request bodies one worker holds at once, being received or assessed (at least ``max_body_bytes``);
    beyond, 503 with Retry-After: without it each of ``max_connections`` could hold a body of the maximum size."""

    max_concurrent_assessments: int = Field(default=64, ge=1, le=1024)
    """Single assessments one worker holds at once (running or waiting for the engine); beyond, 503 with Retry-After."""

    max_concurrent_batches: int = Field(default=2, ge=1, le=64)
    """Batches one worker holds at once (each up to 1,000 cases, about +78 MiB: `benchmarks/batch_memory.py`); beyond, 503 with Retry-After."""

    keep_alive_timeout: int = Field(default=5, ge=1, le=300)
    """Seconds an idle keep-alive connection is kept open (uvicorn ``timeout_keep_alive``)."""

    graceful_shutdown_timeout: int = Field(default=30, ge=1, le=600)
    """Seconds in-flight requests get to finish on SIGTERM (uvicorn ``timeout_graceful_shutdown``)."""

    max_connections: int = Field(default=256, ge=1, le=100_000)
    """Concurrent connections per worker before uvicorn answers 503 (``limit_concurrency``)."""

    worker_healthcheck_timeout: int = Field(default=30, ge=1, le=600)
    """With several workers: seconds a new worker gets to start and a running one to answer the master's
    health check (uvicorn ``timeout_worker_healthcheck``); a restart's new worker not ready by then is
    stopped and the old one kept, and a worker that does not answer is replaced."""

    store_url: SecretStr | None = None
    """The decision store (off unless set): an SQLite file path or database URL (``sqlite:///...``,
    ``postgresql+psycopg://...``). When set, each assessment with a ``case_ref`` is recorded; needs the
    ``store`` extra and a schema brought up to date by ``safeguarding-rules db upgrade``."""

    cors_origins: list[str] = []
    """Origins allowed to call the API from a browser; none unless configured."""

    @field_validator("ruleset_dirs", "feature_dirs")
    @classmethod
    def _existing(cls, dirs: list[Path]) -> list[Path]:
        missing = [str(d) for d in dirs if not d.is_dir()]
        if missing:
            raise ValueError(f"directories do not exist: {', '.join(missing)}")
        return dirs

    @field_validator("cors_origins")
    @classmethod
    def _no_wildcard(cls, origins: list[str]) -> list[str]:
        if "*" in origins:
            raise ValueError("a wildcard CORS origin is refused: list the origins that may call the API")
        return origins

    @model_validator(mode="after")
    def _budget_holds_one_body(self) -> Settings:
        if self.max_buffered_body_bytes < self.max_body_bytes:
            raise ValueError("max_buffered_body_bytes must be at least max_body_bytes, or the largest body could never be read")
        return self

    @model_validator(mode="after")
    def _keys_file_readable(self) -> Settings:
        if self.api_keys_file is not None and not self.api_keys_file.is_file():
            raise ValueError(f"api_keys_file {self.api_keys_file} does not exist")
        return self

    def keys(self) -> set[str]:
        """Every configured API key. Fails closed: a blank key, a key shorter than ``MIN_KEY_LENGTH`` or
        not sendable in a header, keys configured (``api_keys`` or ``api_keys_file``) of which none is
        usable, or a keys file that is not UTF-8 text: each refuses start-up, naming the setting or file.
        An empty set means that no keys were configured at all (the API is open, and says so at start-up)."""
        given = [k.get_secret_value().strip() for k in self.api_keys]
        if not all(given):
            raise ValueError(f"{given.count('')} blank key(s) in SAFEGUARDING_RULES_API_KEYS: remove them or set real keys")
        keys = set(given)
        sources = ["SAFEGUARDING_RULES_API_KEYS"] if given else []
        if self.api_keys_file is not None:
            sources.append(f"the keys file {self.api_keys_file} (SAFEGUARDING_RULES_API_KEYS_FILE)")
            try:
                lines = self.api_keys_file.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise ValueError(f"the keys file {self.api_keys_file} cannot be read as UTF-8 text ({type(exc).__name__})") from None
            keys |= {line.strip() for line in lines if line.strip() and not line.strip().startswith("#")}
        if sources and not keys:
            raise ValueError(
                f"API keys are configured in {' and '.join(sources)} but none is there (blank lines and comments only): "
                "refusing to start with the API open"
            )
        short = sum(1 for key in keys if len(key) < MIN_KEY_LENGTH)
        if short:
            raise ValueError(
                f"{short} API key(s) shorter than {MIN_KEY_LENGTH} characters: use long random keys "
                "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)"
            )
        unsendable = sum(1 for key in keys if not (key.isascii() and key.isprintable() and " " not in key))
        if unsendable:
            raise ValueError(f"{unsendable} API key(s) hold spaces or characters a header cannot carry: use printable ASCII")
        return keys
