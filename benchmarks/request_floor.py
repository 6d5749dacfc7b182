"""What an assessment request costs at the least, part by part, before anything is decided or explained.

    python benchmarks/request_floor.py [COUNT]    (default 1000 varied cases)

Issue 23 asks `/v1/assess` to reach 60% of `/healthz`'s throughput on one worker. `http_load.py`
prints the server's CPU per request of each; this script times, per case and in process, the parts
of an assessment request that no change to the engine's own deciding or explaining can remove:

- the strict parse of the body (``jsonstrict``: repeated keys, non-UTF-8, NaN refused);
- validating the case (pydantic);
- durable_rules' match, split into building the case's message, ``assert_fact`` (its C engine parsing
  the message and matching every atom), draining the fired atoms' pending actions, and deleting the
  session's state;
- serialising the decision: version 1 (what `/v1` answers), version 2 compact and full.

It prints the median of each and their sum, then, in the same run, the CPU of `GET /healthz` and of a
no-op POST through the app (as ``http_load.py --in-process`` measures them) and the room 60% leaves:
a request may cost at most 1 / 0.6 of `/healthz`, so the room beyond the no-op is that less the
no-op's CPU. Figures only; nothing is asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import durable_rules_engine

from safeguarding_rules import Case, Engine
from safeguarding_rules.contract import version_1_context
from safeguarding_rules.durable_matcher import _ACTION_NAME, _ENCODE, DurableMatcher
from safeguarding_rules.jsonstrict import loads
from safeguarding_rules.models.decision import COMPACT
from tests.case_corpus import varied_cases


def _durable_parts(matcher: DurableMatcher, facts: dict) -> dict[str, float]:
    """The match as ``DurableMatcher.match`` makes it, each step timed (its private handle: a benchmark)."""
    handle = matcher._ruleset._handle
    t0 = time.process_time()
    sid = str(next(matcher._sids))
    message = _ENCODE(matcher.message(sid, facts))
    t1 = time.process_time()
    result = durable_rules_engine.assert_fact(handle, message)
    t2 = time.process_time()
    fired = 0
    if result[0] == 0 and (started := durable_rules_engine.start_action_for_state(handle, result[1])):
        pending = started[1]
        while pending:
            fired += _ACTION_NAME.match(pending) is not None
            pending = durable_rules_engine.complete_and_start_action(handle, result[1])
    t3 = time.process_time()
    matcher._host.delete_state(matcher._name, sid)
    t4 = time.process_time()
    return {"durable: message": t1 - t0, "durable: assert_fact": t2 - t1, "durable: drain": t3 - t2,
            "durable: delete state": t4 - t3, "fired atoms": fired / 1e6}


def main(count: int = 1000) -> None:
    engine = Engine(matcher="durable")
    version_1 = version_1_context(engine.book)
    bodies = [json.dumps(case).encode() for case in varied_cases(count, seed=32)]
    parts: dict[str, list[float]] = {}

    def timed(name: str, seconds: float) -> None:
        parts.setdefault(name, []).append(seconds * 1e6)

    for body in bodies * 2:  # the first pass warms every memo and cache up; the second is kept
        t0 = time.process_time()
        data = loads(body)
        t1 = time.process_time()
        case = Case.model_validate(data)
        t2 = time.process_time()
        scope, matcher = engine._scope(case.jurisdiction, case.partnership)
        durable = _durable_parts(matcher, dict(engine.facts_of(case)))
        decision = engine.assess(case)
        t3 = time.process_time()
        decision.model_dump_json(context=version_1)
        t4 = time.process_time()
        decision.model_dump_json(context=COMPACT)
        t5 = time.process_time()
        decision.model_dump_json()
        t6 = time.process_time()
        timed("strict parse", t1 - t0)
        timed("validate the case", t2 - t1)
        for name, seconds in durable.items():
            timed(name, seconds)
        timed("serialise: version 1", t4 - t3)
        timed("serialise: version 2 compact", t5 - t4)
        timed("serialise: version 2 full", t6 - t5)
    kept = {name: statistics.median(values[count:]) for name, values in parts.items()}
    print(f"median CPU microseconds per case over {count} varied cases (durable_rules; load average {os.getloadavg()[0]:.1f})")
    for name, value in kept.items():
        print(f"  {name:32} {value:8.1f}" if name != "fired atoms" else f"  {name:32} {value:8.0f} (a count)")
    floor = sum(v for n, v in kept.items() if n.startswith(("strict", "validate", "durable")))
    print(f"  {'parse, validate and match':32} {floor:8.1f}")
    print(f"  {'  and version 1 serialised':32} {floor + kept['serialise: version 1']:8.1f}")
    from benchmarks.bench_app import create_bench_app
    from benchmarks.http_load import asgi_cpu

    app = create_bench_app()
    healthz = min(asgi_cpu(app, "GET", "/healthz", bodies) for _ in range(5))
    noop = min(asgi_cpu(app, "POST", "/noop", bodies) for _ in range(5))
    room = healthz / 0.6 - noop
    print(f"in process, the same run: GET /healthz {healthz:.0f} us, POST /noop {noop:.0f} us a request (best of 5 rounds of 1000);")
    print(f"60% of /healthz leaves {healthz / 0.6:.0f} us a request, {room:.0f} us beyond the no-op, for all of the above and")
    print("the engine's deciding and explaining, FastAPI's body and dependency solving and the response. Through uvicorn")
    print("each request costs the same protocol work more (http_load.py: server CPU), which widens that room by two")
    print("thirds of it (about 120 us at its ~175 us).")

if __name__ == "__main__":
    main(int(next((a for a in sys.argv[1:] if a.isdigit()), "1000")))
