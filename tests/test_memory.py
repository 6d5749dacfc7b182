"""Assessments leave no durable_rules state behind, so memory stays flat over thousands of them.

durable_rules keeps every session until it is deleted and raises MemoryError after about a
thousand live ones; 2,500 assessments in one process would fail if any state were kept (longer runs,
with figures, are `benchmarks/memory_growth.py`).
"""

from __future__ import annotations

import gc

import psutil

from safeguarding_rules import Engine
from tests.case_corpus import varied_cases


def _rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def test_thousands_of_assessments_keep_no_state_and_no_memory() -> None:
    engine = Engine()
    cases = varied_cases(500)
    for case in cases:  # warm up: caches, interned strings, pydantic schemas
        engine.assess(case)
    before = _rss_mb()
    for _ in range(4):
        for case in cases:
            engine.assess(case)
    growth = _rss_mb() - before
    assert engine.live_sessions() == 0
    assert growth < 8, f"RSS grew by {growth:.1f} MB over 2,000 assessments"
    engine.close()
