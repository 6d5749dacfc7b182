"""The triage page and the printable decision: through the app, and in a real browser."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

CHILD_DEATH = {
    "subject.kind": "child", "incident.outcome": "died", "abuse_or_neglect": "suspected",
    "incident.location": "in_area", "incident.occurred_on": "2026-11-01", "incident.became_aware_on": "2026-11-02",
}


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def test_the_page_works_without_javascript_and_asks_what_settles_most(client: TestClient) -> None:
    start = client.get("/triage")
    assert start.status_code == 200 and "<form" in start.text and "Not known" in start.text
    page = client.post("/triage", data=CHILD_DEATH)
    assert page.status_code == 200
    assert "Notify the Child Safeguarding Practice Review Panel" in page.text
    assert "9 November 2026" in page.text  # 5 working days after becoming aware
    assert "Children Act 2004, section 16C(1)" in page.text  # the law quoted beside it
    assert 'class="app-next"' in page.text and "Did the child normally live" not in page.text
    for name, value in CHILD_DEATH.items():  # answers travel in the form, nothing is stored
        assert f'name="{name}" value="{value}"' in page.text


def test_an_impossible_case_gets_an_error_summary_linking_to_the_field(client: TestClient) -> None:
    page = client.post("/triage", data={"subject.kind": "child", "subject.age": "19"})
    assert "There is a problem" in page.text and 'role="alert"' in page.text
    assert "under the age of 18" in page.text


def test_the_printable_decision_from_the_page_and_from_the_api(client: TestClient) -> None:
    printable = client.post("/triage/print", data={**CHILD_DEATH, "case_ref": "X"})
    assert "Case review and notification decision" in printable.text and "Rulesets" in printable.text
    case = {"assessment_date": "2026-11-21", "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    html = client.post("/v1/assess", json=case, headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "Open questions" in html.text
    assert client.post("/v1/assess", json=case).headers["content-type"] == "application/json"


def test_the_page_uses_gov_uk_frontend_served_from_the_package_without_the_gov_uk_font(client: TestClient) -> None:
    page = client.get("/triage")
    assert 'href="/triage/govuk-frontend.css"' in page.text and 'class="govuk-select"' in page.text
    css = client.get("/triage/govuk-frontend.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert '--govuk-frontend-version:"6.6.0"' in css.text
    assert "GDS Transport" not in css.text and "@font-face" not in css.text  # the font is for GOV.UK only


@pytest.fixture(scope="module")
def base_url(live_server: str) -> str:
    return live_server


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_the_triage_page_and_the_rulebook_have_no_serious_accessibility_violations(base_url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        checked = {}
        for path in ("/triage", "/rulebook/index.html", "/rulebook/ruleset-england.care-act-2014-s44.html"):
            page.goto(base_url + path)
            checked[path] = Axe().run(page).response["violations"]
        browser.close()  # the journey's pages, at every impact level: tests/test_triage_journey.py
    serious = {path: [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")] for path, found in checked.items()}
    assert all(not v for v in serious.values()), serious


def test_each_problem_is_shown_beside_its_field_and_linked_from_the_summary(client: TestClient) -> None:
    """GOV.UK's error pattern: the summary links to the field, which shows the message too, in words."""
    page = client.post("/triage", data={"subject.kind": "child", "subject.age": "19"})
    assert '<a href="#f-3">' in page.text and 'id="f-3" name="subject.age"' in page.text
    assert "govuk-error-message" in page.text and "govuk-form-group--error" in page.text
    dates = client.post("/triage", data={"subject.kind": "child", "incident.occurred_on": "2026-11-05", "incident.became_aware_on": "2026-11-01"})
    assert "the date the local authority became aware is before the date of the incident" in dates.text
    assert "incident.became_aware_on" not in dates.text.split("<form")[0]  # words, not dotted names


def test_the_page_asks_which_nation_and_shows_reviews_that_run_together(client: TestClient) -> None:
    start = client.get("/triage")
    assert "law decides the case?" in start.text and "Northern ireland" not in start.text
    assert re.search(r">\s*Northern Ireland\s*<", start.text)
    welsh = client.post("/triage", data={
        "jurisdiction": "wales", "subject.kind": "child", "incident.outcome": "died", "incident.location": "in_area",
        "abuse_or_neglect": "suspected", "subject.recently_registered_or_looked_after": "false",
    })
    assert "Concise child practice review (Wales)" in welsh.text and "Notify the Child Safeguarding Practice Review Panel" not in welsh.text
    assert "Reviews that may run together" in welsh.text and "single review process incorporating all reviews in Wales" in welsh.text
    scottish = client.post("/triage", data={"jurisdiction": "scotland", "subject.kind": "child", "incident.outcome": "died"})
    assert "Rests on guidance, not statute" in scottish.text


def test_open_questions_are_put_in_the_glossarys_words_with_the_law_beside_them(client: TestClient) -> None:
    from safeguarding_rules_api.routers.triage import open_words

    assert open_words("incident.normally_resident_in_area") == "whether the child normally lives in this area"
    assert open_words("incident.location") == "where it happened"
    printable = client.post("/triage/print", data={"subject.kind": "child", "incident.outcome": "died"})
    assert "whether the child normally lives in this area" in printable.text


# --- Every form value is checked as the API checks it: no input gives a 500 -------------------------

FORM = "application/x-www-form-urlencoded"
NOT_A_FILE = "must be chosen or typed, not sent as a file"


def _summary(page_text: str) -> list[tuple[str, str]]:
    """The error summary's entries: (link, message)."""
    return [(href, html.unescape(text).strip())
            for href, text in re.findall(r'<li>\s*<a href="([^"]*)">(.*?)</a>', page_text, re.DOTALL)]


HOSTILE_FORMS: dict[str, tuple[dict[str, Any], str, str]] = {
    # name: (what is posted, the field's link in the summary, words of its message)
    "age ²": ({"subject.kind": "child", "subject.age": "²"}, "#f-3", "The person's age must be a whole number"),
    "age in Arabic-Indic digits": ({"subject.kind": "child", "subject.age": "١٥"}, "#f-3", "must be a whole number"),
    "age of 5,000 digits": ({"subject.kind": "child", "subject.age": "9" * 5000}, "#f-3", "The person's age must be 100 characters or fewer"),
    "age of 100 digits": ({"subject.kind": "adult", "subject.age": "9" * 100}, "#f-3", "The person's age must be 130 or less"),
    "negative age": ({"subject.kind": "child", "subject.age": "-1"}, "#f-3", "The person's age must be 0 or more"),
    "fractional age": ({"subject.kind": "child", "subject.age": "12.5"}, "#f-3", "must be a whole number"),
    "30 February": ({"subject.kind": "child", "incident.occurred_on": "2026-02-30"}, "#f-7", "The date of the incident must be a real date"),
    "year 1": ({"subject.kind": "child", "incident.occurred_on": "0001-01-01"}, "#f-7", "must be between 1 January 1989 and 31 December 2100"),
    "year 9999": ({"subject.kind": "child", "incident.became_aware_on": "9999-12-31"}, "#f-8", "must be between 1 January 1989"),
    "a date not YYYY-MM-DD": ({"subject.kind": "child", "incident.occurred_on": "1/2/2026"}, "#f-7", "must be a real date"),
    "a huge string": ({"subject.kind": "child", "incident.location": "x" * 1_000_000}, "#f-9", "must be 100 characters or fewer"),
    "an unknown option": ({"subject.kind": "martian"}, "#f-2", "The person must be one of the answers listed"),
    "a yes/no that is neither": ({"subject.kind": "adult", "subject.care_and_support_needs": "perhaps"}, "#f-11", "must be one of the answers listed"),
    "a partnership not loaded": ({"subject.kind": "child", "partnership": "nowhere"}, "#f-12", "Unknown partnership 'nowhere'"),
    "a partnership not an id": ({"subject.kind": "child", "partnership": "<b>Nowhere</b>"}, "#f-12", "The partnership must be one of"),
    "a NUL": ({"subject.kind": "child\x00"}, "#f-2", "must be one of the answers listed"),
    "no subject": ({"incident.outcome": "died"}, "#f-2", "Select whether this is about a child or an adult"),
    "a repeated field": ([("subject.kind", "child"), ("subject.kind", "adult")], "#f-2", "The person was given more than once"),
}
RAW_BODIES: dict[str, tuple[bytes, str, str, str]] = {
    # name: (body, content type, link, words)
    "non-UTF-8 bytes": (b"subject.kind=child\xff\xfe", FORM, "#f-2", "must be one of the answers listed"),
    "non-UTF-8 percent-escapes": (b"subject.kind=%ff%fe", FORM, "#f-2", "must be one of the answers listed"),
    "a non-UTF-8 field name": (b"%ff%fe=child&subject.kind=child&subject.age=99", FORM, "#f-3", "under the age of 18"),
    "a file for a field": (b'--b\r\nContent-Disposition: form-data; name="subject.kind"; filename="a.txt"\r\n\r\nchild\r\n--b--\r\n',
                           "multipart/form-data; boundary=b", "#f-2", f"The person {NOT_A_FILE}"),
}


@pytest.fixture(scope="module")
def lenient_client(engine: Engine) -> TestClient:
    """A client that shows a server error as a 500 response, as a browser would see it."""
    return TestClient(create_app(engine=engine), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/triage", "/triage/print"])
@pytest.mark.parametrize("name", [*HOSTILE_FORMS, *RAW_BODIES])
def test_no_form_input_gives_a_500_each_is_named_beside_its_field(lenient_client: TestClient, path: str, name: str) -> None:
    """GOV.UK's error pattern, with 422: the summary links to the field and says what is wrong in words."""
    if name in HOSTILE_FORMS:
        data, href, words = HOSTILE_FORMS[name]
        body, content_type = urlencode(data).encode(), FORM
    else:
        body, content_type, href, words = RAW_BODIES[name]
    page = lenient_client.post(path, content=body, headers={"Content-Type": content_type})
    assert page.status_code == 422, (page.status_code, page.text[:300])
    assert "There is a problem" in page.text and "<title>Error: " in page.text
    summary = _summary(page.text)
    assert any(link == href and words in message for link, message in summary), summary
    field = href.removeprefix("#")
    assert re.search(rf'<p id="{field}-error" class="govuk-error-message">', page.text)  # shown beside the field too
    assert "x" * 101 not in page.text  # an over-long answer is not shown back


# --- No doubled words in what a practitioner reads -------------------------------------------------

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def _visible(page_text: str) -> list[str]:
    """Each run of text a reader reads as one: inline markup dropped, other elements apart (one
    option's "Not known" is not doubled by the next option's "Known")."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page_text, flags=re.DOTALL)
    text = re.sub(r"</?(a|strong|span|code|em|b|abbr)\b[^>]*>", "", text)
    return [" ".join(html.unescape(run).split()) for run in re.split(r"<[^>]+>", text)]


def test_no_page_a_practitioner_reads_doubles_a_word(client: TestClient) -> None:
    """ "The the partnership" came from saying a fact's name in words twice over: every refusal
    the form can give, and every pathway of a varied set of cases, are read for a doubled word."""
    from tests.case_corpus import varied_cases

    forms = [data for data, _, _ in HOSTILE_FORMS.values()]
    forms += [{"subject.kind": "child", "jurisdiction": "wales", "partnership": "derbyshire"},
              {"subject.kind": "child", "subject.age": "19", "incident.occurred_on": "2026-11-05", "incident.became_aware_on": "2026-11-01"},
              {"subject.kind": "adult", "subject.age": "12", "jurisdiction": "scotland"}]
    for case in varied_cases(40, seed=21):
        flat = _flat(case)
        forms.append({k: ("true" if v is True else "false" if v is False else str(v)) for k, v in flat.items() if v is not None})
    pages = [client.get("/triage").text]
    for data in forms:
        for path in ("/triage", "/triage/print"):
            pages.append(client.post(path, content=urlencode(data), headers={"Content-Type": FORM}).text)
    doubled = {m.group(0) for page in pages for run in _visible(page) for m in DOUBLED.finditer(run)}
    assert not doubled, doubled


def _flat(case: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in case.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


# --- With API keys set, practitioners sign in with their partnership's key --------------------------

KEY = "a-partnership-key-of-forty-characters-xx"
OTHER_KEY = "another-partnerships-key-of-40-characters"


@pytest.fixture(scope="module")
def keyed_app(engine: Engine) -> Any:
    from safeguarding_rules_api.settings import Settings

    return create_app(Settings(api_keys=[KEY, OTHER_KEY]), engine=engine)


def test_a_practitioner_signs_in_with_the_key_answers_the_form_and_signs_out(keyed_app: Any) -> None:
    browser = TestClient(keyed_app, follow_redirects=False)
    prompt = browser.get("/triage")
    assert prompt.status_code == 401 and prompt.headers["www-authenticate"] == "ApiKey"
    assert "Sign in to the triage page" in prompt.text and 'type="password"' in prompt.text and 'name="key"' in prompt.text
    assert browser.get("/triage/govuk-frontend.css").status_code == 200  # the prompt is styled before sign-in
    assert browser.post("/triage", data=CHILD_DEATH).status_code == 401  # no answer without a key

    for typed, says in (("not-the-key", "That access key is not right"), ("", "Enter your partnership"), (KEY + "x", "not right")):
        wrong = browser.post("/triage/sign-in", data={"key": typed})
        assert wrong.status_code == 401 and "set-cookie" not in wrong.headers
        assert [link for link, _ in _summary(wrong.text)] == ["#key"]
        assert says in wrong.text and 'class="govuk-error-message"' in wrong.text and "<title>Error: " in wrong.text

    signed_in = browser.post("/triage/sign-in", data={"key": OTHER_KEY})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/triage"
    cookie = signed_in.headers["set-cookie"]
    assert all(part in cookie for part in ("HttpOnly", "SameSite=strict", "Path=/triage", "Max-Age=28800"))
    assert "Secure" not in cookie  # served over http here; see the https test
    assert OTHER_KEY not in cookie and KEY not in cookie  # it proves the key without holding it

    page = browser.get("/triage")
    assert page.status_code == 200 and "Show what is due" in page.text
    assert 'href="/triage/sign-out"' in page.text and "Sign out" in page.text
    answered = browser.post("/triage", data=CHILD_DEATH)
    assert answered.status_code == 200 and "9 November 2026" in answered.text
    assert browser.post("/triage/print", data=CHILD_DEATH).status_code == 200

    signed_out = browser.get("/triage/sign-out")
    assert signed_out.status_code == 303 and 'triage_session=""' in signed_out.headers["set-cookie"]
    assert "Max-Age=0" in signed_out.headers["set-cookie"]
    assert browser.get("/triage").status_code == 401
    assert browser.post("/triage", data=CHILD_DEATH).status_code == 401


def test_the_session_cookie_is_secure_over_https_and_proves_nothing_to_the_api(keyed_app: Any) -> None:
    browser = TestClient(keyed_app, base_url="https://testserver", follow_redirects=False)
    cookie = browser.post("/triage/sign-in", data={"key": KEY}).headers["set-cookie"]
    assert "; Secure" in cookie
    session = cookie.split(";")[0]
    api = TestClient(keyed_app)
    case = {"assessment_date": "2026-11-21", "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    # The cookie is for the triage pages only: it never authenticates the API, so a cross-site
    # request that carries it gets nowhere, whatever a browser does with SameSite.
    assert api.post("/v1/assess", json=case, headers={"Cookie": session}).status_code == 401
    assert api.post("/v1/assess", json=case, headers={"X-API-Key": KEY}).status_code == 200
    assert api.get("/triage", headers={"Cookie": session}).status_code == 200
    assert api.get("/triage", headers={"X-API-Key": KEY}).status_code == 200  # a header still does for the page


def test_a_session_is_refused_once_forged_expired_or_its_key_removed(keyed_app: Any, engine: Engine) -> None:
    import time

    from safeguarding_rules_api.sessions import SESSION_SECONDS, session_token, valid_session

    now = time.time()
    token = session_token(KEY, now)
    expires, mac = token.split(".")
    assert valid_session(token, [KEY], now)
    assert not valid_session(token, [OTHER_KEY], now)  # its key no longer configured
    assert not valid_session(token, [KEY], now + SESSION_SECONDS + 1)  # expired
    assert not valid_session(f"{int(expires) + 3600}.{mac}", [KEY], now)  # lengthened
    assert not valid_session(f"{expires}.{mac[:-1]}0" if mac[-1] != "0" else f"{expires}.{mac[:-1]}1", [KEY], now)
    for junk in ("", ".", "x.y", f"{'9' * 5000}.{mac}", f"{expires}.{mac}é", "²." + mac):
        assert not valid_session(junk, [KEY], now), junk
    page = TestClient(keyed_app).get("/triage", headers={"Cookie": f"triage_session={expires}.{'0' * 64}"})
    assert page.status_code == 401


@pytest.mark.parametrize(("headers", "status"), [
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Sec-Fetch-Site": "same-site"}, 403),  # another service on the same domain
    ({"Sec-Fetch-Site": "same-origin"}, 200),
    ({"Origin": "https://elsewhere.example"}, 403),
    ({"Origin": "null"}, 403),
    ({"Origin": "http://testserver"}, 200),
    ({}, 200),  # not from a browser page: SameSite=Strict keeps the cookie off browsers' cross-site posts
])
def test_a_form_posted_from_another_site_is_refused_though_the_browser_sent_the_cookie(
        keyed_app: Any, headers: dict[str, str], status: int) -> None:
    browser = TestClient(keyed_app)
    browser.post("/triage/sign-in", data={"key": KEY})
    for path in ("/triage", "/triage/print"):
        page = browser.post(path, data=CHILD_DEATH, headers=headers)
        assert page.status_code == status, (path, page.status_code)
        assert (status == 403) == ("This form was sent from another site" in page.text)
    signing_in = TestClient(keyed_app, follow_redirects=False).post("/triage/sign-in", data={"key": KEY}, headers=headers)
    assert signing_in.status_code == (403 if status == 403 else 303)


@pytest.fixture(scope="module")
def keyed_server(keyed_app: Any) -> Iterator[str]:
    from tests.conftest import serve_in_thread

    yield from serve_in_thread(keyed_app)


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_a_practitioner_signs_in_with_the_partnership_key_in_chromium(keyed_server: str) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    Path("build").mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        assert page.goto(f"{keyed_server}/triage").status == 401
        page.get_by_label("Your partnership's access key").fill("not-the-key")
        page.get_by_role("button", name="Sign in").click()
        assert "That access key is not right" in page.locator(".govuk-error-summary").inner_text()
        page.get_by_label("Your partnership's access key").fill(KEY)
        page.screenshot(path="build/triage-sign-in.png", full_page=True)
        serious = [(v["id"], v["impact"]) for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, serious
        page.get_by_role("button", name="Sign in").click()
        page.get_by_label("A child (under 18)").check()
        page.get_by_label("The person died").check()
        page.get_by_role("button", name="Show what is due").click()  # a real same-origin post: Sec-Fetch-Site same-origin
        assert "What is due" in page.content()
        page.screenshot(path="build/triage-signed-in.png")
        (cookie,) = [c for c in page.context.cookies() if c["name"] == "triage_session"]
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/triage"
        # A page elsewhere posting the form to the service: the browser says it is cross-site.
        forged = f'<form method="post" action="{keyed_server}/triage"><input name="subject.kind" value="child"><button>Send</button></form>'
        page.route("http://elsewhere.example/", lambda route: route.fulfill(body=forged, content_type="text/html"))
        page.goto("http://elsewhere.example/")
        page.get_by_role("button", name="Send").click()
        assert "This form was sent from another site" in page.content()
        page.goto(f"{keyed_server}/triage")
        page.get_by_role("link", name="Sign out").click()
        assert "Sign in to the triage page" in page.content()
        assert not [c for c in page.context.cookies() if c["name"] == "triage_session"]
        browser.close()


# --- The journey (#22): questions as questions, "Not known" recorded, no internal names -----------

HEAD_INJURY = {
    "jurisdiction": "england", "subject.kind": "child", "subject.age": "2", "incident.outcome": "seriously_harmed",
    "incident.harm_kind": "potentially_life_threatening_injury", "abuse_or_neglect": "suspected",
    "incident.occurred_on": "2026-11-01", "incident.became_aware_on": "2026-11-02",
}


def _post(client: TestClient, path: str, data: list[tuple[str, str]] | dict[str, str]) -> Any:
    return client.post(path, content=urlencode(data), headers={"Content-Type": FORM})


def _asked(page_text: str) -> str | None:
    """The fact the next question asks, from its form."""
    found = re.search(r'<input type="hidden" name="asked" value="([^"]+)">', page_text)
    return found.group(1) if found else None


def _kept(page_text: str) -> list[tuple[str, str]]:
    """What the next question's form carries forward."""
    form = page_text.split('id="next-question"')[1].split("</form>")[0]
    return [(n, html.unescape(v)) for n, v in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form)
            if n != "asked"]


def test_not_known_is_an_answer_recorded_so_the_next_question_comes(client: TestClient) -> None:
    """Before, "Not known" posted nothing and the same question came back, five times in a row."""
    page = _post(client, "/triage", HEAD_INJURY)
    seen = []
    for _ in range(6):
        fact = _asked(page.text)
        if fact is None:
            break
        assert fact not in seen, f"{fact} asked again after {seen}"
        seen.append(fact)
        assert re.search(r'<legend[^>]*>\s*(Where|Does|Is|Did|Was|Who|What|When|How|Has|Had|In the)[^<]*\?\s*</legend>', page.text)
        assert f'value="{fact}"' in page.text and 'value="not-known"' in page.text  # "Not known" is one of the answers
        page = _post(client, "/triage", [*_kept(page.text), ("asked", fact), (fact, "not-known")])
        assert page.status_code == 200
        assert ("not_known", fact) in (_kept(page.text) if _asked(page.text) else [("not_known", fact)])
    assert seen[:2] == ["incident.location", "incident.normally_resident_in_area"], seen
    still_open = page.text.split('id="open"')[1].split("</div>")[0]
    assert "Notify the Child Safeguarding Practice Review Panel" in still_open and "(you answered not known)" in still_open
    assert "Who decides: Local authority" in still_open


def test_a_next_question_sent_unanswered_asks_for_an_answer_or_not_known(client: TestClient) -> None:
    page = _post(client, "/triage", [*HEAD_INJURY.items(), ("asked", "incident.location")])
    assert page.status_code == 422 and "There is a problem" in page.text and '<a href="#next">' in page.text
    assert "Not known" in page.text and _asked(page.text) == "incident.location"


def test_the_answer_comes_first_in_words_with_who_acts_and_by_when(client: TestClient) -> None:
    page = _post(client, "/triage", {**HEAD_INJURY, "incident.location": "in_area"}).text
    panel = page.split('id="answer"')[1].split("</div>\n\n")[0]
    assert "5 working days after the local authority became aware on 2 November 2026" in html.unescape(panel)
    assert "By 9 November 2026" in panel and "Who acts: Local authority" in panel
    assert page.index('id="answer"') < page.index("Why, and the law") < page.index("Children Act 2004, section 16C(1)")
    assert 'class="govuk-details' in page  # the reasons and the law behind disclosures


def test_questions_are_questions_and_citations_read_as_a_reader_writes_them(engine: Engine) -> None:
    from safeguarding_rules_api.triage_words import QUESTIONS, citation_words, due_words

    from safeguarding_rules import Citation
    from safeguarding_rules.facts import CASE_FACTS

    assert set(QUESTIONS) == set(CASE_FACTS) and all(q.endswith("?") for q in QUESTIONS.values())

    def cite(source: str, provision: str, status: str = "verified") -> Any:
        return citation_words(engine.book, Citation(source=source, source_id="x", provision=provision, quote="q", status=status))

    assert cite("Children Act 2004", "s16C(1)").reference == "Children Act 2004, section 16C(1)"
    assert cite("Care Act 2014", "s44(1)(a)-(b)").reference == "Care Act 2014, section 44(1)(a) to (b)"
    assert cite("Children Act 1989", "Sch.2 para 20(1)").reference == "Children Act 1989, Schedule 2, paragraph 20(1)"
    guidance = cite("Care and Support Statutory Guidance, chapter 14", "ch.14, Safeguarding Adults Reviews section (paragraph number UNVERIFIED)", "secondary")
    assert guidance.reference == "Care and Support Statutory Guidance, chapter 14, Safeguarding Adults Reviews section"  # no "chapter 14 ch.14"
    assert guidance.unchecked == "secondary"
    assert cite("X", "reg 4(3) (paragraph UNVERIFIED)").unchecked == "pinpoint"
    decision = engine.assess({"assessment_date": "2026-11-21", "subject": {"kind": "child"}, "abuse_or_neglect": "suspected",
                              "incident": {"outcome": "died", "location": "in_area", "became_aware_on": "2026-11-02"}})
    panel = decision.determination("panel_notification")
    assert panel is not None and "parameter." in str(panel.due_basis)  # the decision keeps its contract's names ...
    assert due_words(engine.book, panel) == "5 working days after the local authority became aware on 2 November 2026"
    dhr = engine.assess({"assessment_date": "2025-06-01", "subject": {"kind": "adult", "age": 34},
                         "incident": {"outcome": "died", "occurred_on": "2025-01-01", "responsible_relationship": "intimate_partner"},
                         "death_resulted_from_abuse_or_neglect": "known", "review": {"csp_told_on": "2025-01-05"}}).determination("dhr")
    assert dhr is not None and due_words(engine.book, dhr) == (  # a number not checked against its source says so
        "1 month after the Community Safety Partnership was told of the death on 5 January 2025 (the number of months "
        "is not yet checked against its source: check it before relying on this date)"
    )


INTERNAL = re.compile(r"\b[a-z_]+\.[a-z_]+\b|parameter\.|`|UNVERIFIED")
"""What a practitioner must not read: a dotted fact name, a parameter's name, code formatting, a shouted status."""
READABLE_DOTS = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:uk|com|org|net|wales|scot)\b|\b(?:e\.g|i\.e)\.")
"""Dots a reader reads: a web address (legislation.gov.uk), an abbreviation in the law's words."""


def test_no_page_a_practitioner_reads_shows_an_internal_name(client: TestClient) -> None:
    """Every answer page and printed decision of a varied set of cases, with every question left
    open answered "Not known", read as text: only the printed rulesets' ids (for an audit) keep dots."""
    from tests.case_corpus import varied_cases

    found: set[str] = set()
    for case in [*varied_cases(40, seed=22), {"subject": {"kind": "adult"}, "incident": {"outcome": "died"}}]:
        data = {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in _flat(case).items() if v is not None}
        first = _post(client, "/triage", {k: v for k, v in data.items() if k != "assessment_date"})
        fact = _asked(first.text)
        pages = [first.text]
        if fact:
            pages.append(_post(client, "/triage", [*_kept(first.text), ("asked", fact), (fact, "not-known")]).text)
        pages.append(_post(client, "/triage/print", data).text)
        for page in pages:
            ids = re.findall(r'class="app-ruleset">([^ <]+)', page)
            text = " ".join(_visible(page))
            for exact in ids:
                text = text.replace(exact, " ")
            found |= set(INTERNAL.findall(READABLE_DOTS.sub(" ", text)))
    assert not found, found


def test_the_case_reference_is_checked_as_the_api_checks_it_and_printed(client: TestClient) -> None:
    start = client.get("/triage").text
    assert 'name="case_ref"' in start and "Do not enter names" in start
    refused = _post(client, "/triage", {**HEAD_INJURY, "case_ref": "Jane Smith"})
    assert refused.status_code == 422 and '<a href="#case-ref">' in refused.text and "not a name" in refused.text
    printed = _post(client, "/triage/print", {**HEAD_INJURY, "case_ref": "DSP-2026-0142"}).text
    assert "DSP-2026-0142" in printed.split("Facts relied on")[0] and "The person&#39;s age:</dt> <dd>2</dd>" in printed
