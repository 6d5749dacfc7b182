"""The API docs work on a closed network: Swagger UI's assets come from the installed package.

A real server (uvicorn, in a thread of this process) serves the app; headless Chromium opens
``/docs`` with every host but the loopback made unresolvable, so a CDN asset could not load, and the
rendered page must show the ``/v1/assess`` operation.
"""

from __future__ import annotations

import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def base_url(live_server: str) -> str:
    return live_server


def test_the_docs_pages_reference_only_local_assets(base_url: str) -> None:
    for page in ("/docs", "/redoc"):
        html = urllib.request.urlopen(base_url + page, timeout=10).read().decode()
        assert "cdn.jsdelivr.net" not in html and "unpkg.com" not in html, page
        assert "/static-offline-docs/" in html
    asset = urllib.request.urlopen(base_url + "/static-offline-docs/swagger-ui-bundle.js", timeout=10)
    assert asset.status == 200


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_docs_render_the_assess_operation_with_the_network_cut_off(base_url: str, tmp_path: Path) -> None:
    dom = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            # The network cut off: no host resolves but the loopback the server listens on.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--virtual-time-budget=15000", f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom", f"{base_url}/docs",
        ],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert "swagger-ui" in dom
    assert 'data-path="/v1/assess"' in dom, dom[-2000:]
