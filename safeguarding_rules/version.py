"""The package's version, read once from its installed metadata: shown by ``/healthz``, the docs and
every decision (``package_version``), so a stored decision says which release decided it."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("safeguarding-rules")
except PackageNotFoundError:  # pragma: no cover - imported from a source tree that was never installed
    __version__ = "0+unknown"
