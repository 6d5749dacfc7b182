"""32 threads assessing different cases at once get exactly the decisions of a sequential run."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from safeguarding_rules import Engine
from tests.case_corpus import varied_cases

THREADS = 32
PER_THREAD = 40


def test_thirty_two_threads_match_a_sequential_run() -> None:
    engine = Engine()
    cases = varied_cases(THREADS * PER_THREAD, seed=32)
    sequential = [engine.assess(case).model_dump() for case in cases]
    start = threading.Barrier(THREADS)

    def worker(offset: int) -> list[tuple[int, dict]]:
        start.wait()
        return [(i, engine.assess(cases[i]).model_dump()) for i in range(offset, len(cases), THREADS)]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [item for batch in pool.map(worker, range(THREADS)) for item in batch]
    assert len(results) == len(cases)
    for index, decision in results:
        assert decision == sequential[index], f"case {index} decided differently under concurrency"
    assert engine.live_sessions() == 0
    engine.close()
