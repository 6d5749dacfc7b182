"""The API docs work on a closed network: Swagger UI's assets come from the installed package.

A real server (uvicorn, in a thread of this process) serves the app; headless Chromium opens
``/docs`` with every host but the loopback made unresolvable, so a CDN asset could not load, and the
rendered page must show the ``/v1/assess`` operation.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def base_url(engine: Engine) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(engine=engine), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


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
