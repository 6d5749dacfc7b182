"""Hostile input, second round: each guard holds for every spelling, fails closed, and bounds the cost.

Each test here failed on the code before issue 21: the repeated-key guard matched the Content-Type's
spelling, keys configured but blank left the API open, one request could list 560,000 errors, and one
bad line stopped a JSON Lines run.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings
from typer.testing import CliRunner

from safeguarding_rules import Engine, jsonlines
from safeguarding_rules.cli import app as cli
from safeguarding_rules.errors import MAX_REPORTED_ERRORS
from safeguarding_rules.jsonstrict import MAX_KEYS_PER_OBJECT, MAX_OBJECTS
from safeguarding_rules.models.batch import MAX_BATCH

CHILD_DEATH = {
    "assessment_date": "2026-11-23",
    "subject": {"kind": "child"},
    "incident": {"outcome": "died", "location": "in_area", "became_aware_on": "2026-11-20"},
}
# "abuse_or_neglect" twice: a parser keeping the last value would turn the rapid review from required to not required.
REPEATED = json.dumps(CHILD_DEATH)[:-1] + ', "abuse_or_neglect": "suspected", "abuse_or_neglect": "not_suspected"}'
KEY = "k" * 16 + "-partnership-key-one"


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def _rapid_review(client: TestClient, abuse: str) -> str:
    decision = client.post("/v1/assess", json={**CHILD_DEATH, "abuse_or_neglect": abuse}).json()
    return next(d["status"] for d in decision["determinations"] if d["id"] == "rapid_review")


def test_the_repeated_key_would_change_the_decision(client: TestClient) -> None:
    """Why the guard matters: the two values decide differently."""
    assert _rapid_review(client, "suspected") == "required"
    assert _rapid_review(client, "not_suspected") != "required"


SPELLINGS = ["application/json", "application/JSON", "Application/Json; charset=utf-8", "application/json;charset=UTF-8",
             "APPLICATION/JSON", "application/vnd.safeguarding.case+json", "application/problem+JSON"]


@pytest.mark.parametrize("content_type", SPELLINGS)
@pytest.mark.parametrize("path", ["/v1/assess", "/assess", "/v1/assess/batch", "/assess/batch"])
def test_a_repeated_key_is_refused_whatever_the_content_type_spelling(client: TestClient, path: str, content_type: str) -> None:
    body = REPEATED if "batch" not in path else '{"cases": [' + REPEATED + "]}"
    response = client.post(path, content=body.encode(), headers={"content-type": content_type})
    assert response.status_code == 422, response.text
    assert response.json()["type"] == "/problems/duplicate-key" and "'abuse_or_neglect'" in response.json()["detail"]


def _routes(routes: list[object]) -> list[APIRoute]:
    """The app's routes, with those of each included router (FastAPI keeps the router it included)."""
    found: list[APIRoute] = []
    for route in routes:
        if hasattr(route, "original_router"):
            found += _routes(route.original_router.routes)
        elif isinstance(route, APIRoute):
            found.append(route)
    return found


def test_every_route_that_takes_a_body_reads_it_with_the_strict_parser(client: TestClient) -> None:
    routes = _routes(client.app.routes)  # type: ignore[attr-defined]
    with_body = [route for route in routes if route.body_field is not None]
    assert {route.path for route in with_body} >= {"/assess", "/assess/batch"}
    assert all(isinstance(route, StrictJSONRoute) for route in with_body)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("\ufeff" + json.dumps(CHILD_DEATH), "byte order mark"),
        (json.dumps(CHILD_DEATH).encode("utf-16"), "byte order mark"),
        (json.dumps(CHILD_DEATH).encode("utf-16-le"), "not valid JSON"),
        (json.dumps(CHILD_DEATH).encode("utf-32"), "byte order mark"),
        (json.dumps({**CHILD_DEATH, "case_ref": "Zoë"}, ensure_ascii=False).encode("latin-1"), "not UTF-8"),
        ('{"assessment_date": NaN}', "NaN is not a JSON value"),
        ('{"subject": {"age": ' + "9" * 5000 + "}}", "too long to read"),
    ],
)
def test_a_body_that_is_not_utf8_json_is_refused(client: TestClient, body: str | bytes, said: str) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    response = client.post("/v1/assess", content=data, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["type"] == "/problems/malformed-request" and said in response.json()["detail"]


def test_a_json_body_sent_as_another_media_type_is_a_415_naming_the_one_read(client: TestClient) -> None:
    for headers in ({"content-type": "text/plain"}, {"content-type": "application/x-www-form-urlencoded"}, {}):
        response = client.post("/v1/assess", content=json.dumps(CHILD_DEATH).encode(), headers=headers)
        assert response.status_code == 415, (headers, response.text)
        assert "Content-Type: application/json" in response.json()["detail"]


# 2. API keys fail closed.


@pytest.mark.parametrize("keys_text", ["", "\n\n", "# partnership keys\n   # none yet\n"])
def test_a_keys_file_with_no_key_refuses_start_up_naming_the_file(engine: Engine, tmp_path: Path, keys_text: str) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text(keys_text)
    with pytest.raises(ValueError, match=f"{keys_file}.*none is there"):
        create_app(Settings(api_keys_file=keys_file), engine=engine)


@pytest.mark.parametrize("keys", [["   "], [""], [KEY, " "]])
def test_a_blank_key_refuses_start_up_naming_the_setting(engine: Engine, keys: list[str]) -> None:
    with pytest.raises(ValueError, match="blank key.*SAFEGUARDING_RULES_API_KEYS"):
        create_app(Settings(api_keys=keys), engine=engine)


def test_a_key_a_header_cannot_carry_refuses_start_up(engine: Engine) -> None:
    with pytest.raises(ValueError, match="header cannot carry"):
        create_app(Settings(api_keys=["é" * 40]), engine=engine)


def test_a_keys_file_that_is_not_text_refuses_start_up(engine: Engine, tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_bytes(b"\xff\xfe" + KEY.encode("utf-16-le"))
    with pytest.raises(ValueError, match=f"{keys_file} cannot be read as UTF-8"):
        create_app(Settings(api_keys_file=keys_file), engine=engine)


def test_serve_refuses_to_start_on_a_keys_file_without_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text("# to be filled in\n")
    monkeypatch.setenv("SAFEGUARDING_RULES_API_KEYS_FILE", str(keys_file))
    monkeypatch.setenv("SAFEGUARDING_RULES_RULESET_DIRS", "[]")  # whatever the shell sets
    result = CliRunner().invoke(cli, ["serve", "--port", "1"])  # refused before it binds
    assert result.exit_code == 2
    assert "refusing to start" in result.output and str(keys_file) in result.output


def test_an_open_api_says_so_at_start_up(engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="safeguarding_rules.api"):
        create_app(engine=engine)
    assert any("open to every client" in record.getMessage() for record in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="safeguarding_rules.api"):
        create_app(Settings(api_keys=[KEY]), engine=engine)
    assert not any("open to every client" in record.getMessage() for record in caplog.records)


# 3. What one request may cost.


def _unknown_keys(count: int) -> dict[str, int]:
    return {f"unknown_{i}": 0 for i in range(count)}


def test_errors_are_listed_up_to_a_cap_and_counted_beyond_it(client: TestClient) -> None:
    case = {**CHILD_DEATH, "subject": {"kind": "child", **_unknown_keys(MAX_KEYS_PER_OBJECT - 1)}, **_unknown_keys(40)}
    response = client.post("/v1/assess", json=case)
    assert response.status_code == 422
    errors = response.json()["errors"]
    total = MAX_KEYS_PER_OBJECT - 1 + 40
    assert len(errors) == MAX_REPORTED_ERRORS + 1
    assert errors[-1]["type"] == "too_many_errors" and f"and {total - MAX_REPORTED_ERRORS} more" in errors[-1]["msg"]
    assert response.json()["detail"].startswith(f"{total} problem(s)")


def test_an_object_wider_than_any_case_is_refused_before_it_is_validated(client: TestClient) -> None:
    body = json.dumps({**CHILD_DEATH, **{f"k{i}": 0 for i in range(560_000)}}, separators=(",", ":")).encode()
    assert len(body) < 8 * 2**20  # within the body limit: the parser's limit refuses it
    response = client.post("/v1/assess", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["type"] == "/problems/payload-too-large"
    assert f"at most {MAX_KEYS_PER_OBJECT}" in response.json()["detail"]
    assert len(response.content) < 1000


def test_a_document_of_more_objects_than_any_batch_is_refused(client: TestClient) -> None:
    response = client.post("/v1/assess/batch", json={"cases": [{}] * (MAX_OBJECTS + 1)})
    assert response.status_code == 413 and f"more than {MAX_OBJECTS:,} objects" in response.json()["detail"]


def test_a_batch_of_millions_of_items_is_one_413(client: TestClient) -> None:
    response = client.post("/v1/assess/batch", content=b'{"cases": [' + b"0," * 3_000_000 + b"0]}",
                           headers={"content-type": "application/json"})
    assert response.status_code == 413 and f"at most {MAX_BATCH:,} cases" in response.json()["detail"]
    assert len(response.json()["errors"]) == 1


def test_each_case_of_a_batch_lists_its_errors_up_to_the_cap(client: TestClient) -> None:
    bad = {**CHILD_DEATH, **_unknown_keys(MAX_KEYS_PER_OBJECT - 10)}
    response = client.post("/v1/assess/batch", json={"cases": [bad, CHILD_DEATH]})
    first, second = response.json()["results"]
    assert len(first["errors"]) == MAX_REPORTED_ERRORS + 1 and first["errors"][-1]["type"] == "too_many_errors"
    assert second["decision"] is not None


# 4. The JSON Lines run: every line its own result.


def test_every_line_of_a_json_lines_run_gets_its_own_result_at_its_own_index(tmp_path: Path) -> None:
    good = json.dumps(CHILD_DEATH).encode()
    lines = [
        good,
        b'{"subject": {"age": ' + b"9" * 5000 + b"}}",  # a number of more than 4,300 digits
        good[:-1] + b', "case_ref": "\xff"}',  # one invalid UTF-8 byte
        good[:20] + b"\r" + good[20:],  # a bare carriage return inside a line is not a line break
        b"",  # an empty line
        b'{"subject": {"kind": "child", "kind": "adult"}}',
        b'{"a": NaN}',
        b"[" * 100_000,
        good + b"\r",  # a Windows line ending
        good,
    ]
    source = tmp_path / "cases.jsonl"
    source.write_bytes(b"\n".join(lines))  # no newline after the last line
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["assess", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["index"] for r in results] == list(range(len(lines)))
    assert [bool(r["decision"]) for r in results] == [True, False, False, True, False, False, False, False, True, True]
    assert [r["errors"][0]["type"] for r in results if r["errors"]] == ["json_invalid"] * 2 + ["missing", "duplicate_key"] + ["json_invalid"] * 2
    assert "4 assessed, 6 failed" in result.output


def test_a_line_longer_than_any_case_is_its_own_error_and_never_held_whole() -> None:
    import io

    stream = io.BytesIO(b'{"a": 1}\n' + b"x" * 1000 + b"\n" + b"y" * 250 + b'\n{"b": 2}')
    assert list(jsonlines.raw_lines(stream, limit=100)) == [b'{"a": 1}', None, None, b'{"b": 2}']
    assert jsonlines.parse_line(None)[1].type == "too_large"  # type: ignore[union-attr]
    assert jsonlines.count_lines(io.BytesIO(b"a\nb\n")) == 2 and jsonlines.count_lines(io.BytesIO(b"a\nb")) == 2


def test_bodies_a_worker_holds_at_once_share_a_budget_beyond_which_a_503(engine: Engine) -> None:
    """Two slow uploads hold the worker's whole budget: a third body is turned away at once, not buffered;
    once they finish, the budget is free again."""
    import asyncio

    app = create_app(Settings(max_body_bytes=2048, max_buffered_body_bytes=4096), engine=engine)

    async def call(chunks: list[bytes], hold: asyncio.Event | None = None) -> int:
        statuses: list[int] = []
        pending = list(chunks)

        async def receive() -> dict[str, object]:
            if len(pending) == 1 and hold is not None:
                await hold.wait()
            if not pending:
                await asyncio.sleep(3600)  # a client that has sent everything waits for the answer
            body = pending.pop(0)
            return {"type": "http.request", "body": body, "more_body": bool(pending)}

        async def send(message: dict[str, object]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(int(message["status"]))  # type: ignore[call-overload]

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
                 "path": "/v1/assess", "raw_path": b"/v1/assess", "query_string": b"", "root_path": "",
                 "headers": [(b"content-type", b"application/json")], "client": ("127.0.0.1", 1), "server": ("t", 80)}
        await app(scope, receive, send)
        return statuses[0]

    async def scenario() -> list[int]:
        gate = asyncio.Event()
        slow = [asyncio.create_task(call([b" " * 2000, b"{}"], gate)) for _ in range(2)]
        await asyncio.sleep(0.05)  # both slow uploads now hold 2,000 bytes each
        turned_away = await call([b" " * 200, b"{}"])
        gate.set()
        finished = await asyncio.gather(*slow)
        served = await call([b" " * 200, b"{}"])
        return [turned_away, *finished, served]

    turned_away, first, second, served = asyncio.run(scenario())
    assert turned_away == 503
    assert first == second == served == 422  # read, and refused only as a case (an empty object)


def test_the_budget_must_hold_the_largest_body() -> None:
    with pytest.raises(ValueError, match="at least max_body_bytes"):
        Settings(max_body_bytes=8 * 2**20, max_buffered_body_bytes=2**20)


def test_a_traced_batch_is_limited_to_what_a_worker_can_answer(client: TestClient) -> None:
    from safeguarding_rules.models.batch import MAX_TRACED_BATCH

    refused = client.post("/v1/assess/batch?trace=true", json={"cases": [CHILD_DEATH] * (MAX_TRACED_BATCH + 1)})
    assert refused.status_code == 413 and f"at most {MAX_TRACED_BATCH} cases" in refused.json()["detail"]
    traced = client.post("/v1/assess/batch?trace=true", json={"cases": [CHILD_DEATH] * 2})
    assert traced.status_code == 200 and all(r["decision"]["trace"] for r in traced.json()["results"])


def test_a_worker_keeps_one_malloc_arena_where_the_c_library_is_glibc() -> None:
    import platform

    from safeguarding_rules_api.allocator import one_malloc_arena

    assert one_malloc_arena() is (platform.libc_ver()[0] == "glibc")
