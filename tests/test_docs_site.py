"""The documentation site builds offline with `mkdocs build --strict`, and its pages fetch nothing from the network."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# What a browser would fetch on opening a page: a stylesheet, script, image or frame from another host.
REMOTE_FETCH = re.compile(
    r"<(?:link|script|img|iframe|source|audio|video)\b[^>]*\b(?:href|src|srcset)\s*=\s*[\"']?(?:https?:)?//",
    re.IGNORECASE,
)
REMOTE_CSS = re.compile(r"(?:url\(\s*[\"']?|@import\s+[\"']?)(?:https?:)?//", re.IGNORECASE)


def build_site(destination: Path) -> subprocess.CompletedProcess[str]:
    """Build the site in a subprocess with every proxy pointing at a closed port, so a fetch would fail."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env[name] = "http://127.0.0.1:9"
    env.pop("no_proxy", None)
    env.pop("NO_PROXY", None)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(destination)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )


def test_the_site_builds_strictly_and_fetches_nothing_from_the_network(tmp_path: Path) -> None:
    result = build_site(tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) >= 12, [page.name for page in pages]
    for path in pages + sorted((tmp_path / "site").rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not REMOTE_FETCH.search(text), f"{path} fetches from another host: {REMOTE_FETCH.search(text)}"
        assert not REMOTE_CSS.search(text), f"{path} loads CSS or fonts from another host"
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
    # Every page says which package version it documents (its footer, from scripts/mkdocs_hooks.py).
    from safeguarding_rules import __version__

    assert all(f"safeguarding-rules {__version__}" in page.read_text(encoding="utf-8") for page in pages)
    # The search plugin's index is built into the site, not served by anyone else.
    assert (tmp_path / "site" / "search" / "search_index.json").is_file()


def test_every_page_under_docs_is_in_the_navigation_and_the_theme_uses_no_web_font() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert config["theme"]["font"] is False, "Material's default font is Google Fonts', fetched by every reader"

    def pages(nav: object) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, dict):
            return [page for value in nav.values() for page in pages(value)]
        assert isinstance(nav, list)
        return [page for item in nav for page in pages(item)]

    in_nav = set(pages(config["nav"]))
    on_disk = {str(path.relative_to(ROOT / "docs")) for path in (ROOT / "docs").rglob("*.md")}
    assert in_nav == on_disk
