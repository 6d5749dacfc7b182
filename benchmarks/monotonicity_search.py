"""A random search beyond the CI property tests, over generated cases in every nation: every
not_required must name its rule and quote it, and each definite status must hold when any unknown fact
(other than one recording an action or a declared presumption) is filled with each of its values.
Prints the counts. Run from the repository root: `python benchmarks/monotonicity_search.py [CASES] [SEED]`."""

import collections
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safeguarding_rules import default_engine  # noqa: E402
from safeguarding_rules.facts import CASE_FACTS, nest_facts  # noqa: E402
from tests.case_corpus import possible  # noqa: E402
from tests.test_properties import DEFINITE, _learnable  # noqa: E402

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 600
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 11)
eng = default_engine()
exempt = set(eng.book.presumptions) | {n for n, s in CASE_FACTS.items() if s.records_action}
def val(name):
    spec = CASE_FACTS[name]
    if name == "partnership": return rng.choice([None, "derbyshire", "darlington", "bath_and_north_east_somerset", "northamptonshire"])
    if name == "subject.kind": return rng.choice(["adult", "child"])
    if name == "jurisdiction": return rng.choice(list(spec.values))
    if spec.type in ("bool", "enum"): return rng.choice([*spec.values, None])
    if spec.type == "int": return rng.choice([None, rng.randint(0, 30)])
    if spec.type == "date":
        d = dt.date(2005,1,1) + dt.timedelta(days=rng.randint(0, 8000))
        return d if name == "assessment_date" else rng.choice([None, d])
    return None
bad = collections.Counter(); checks = 0; nos = 0; unproved = 0
for i in range(CASES):
    flat = possible({n: val(n) for n in CASE_FACTS})
    before = eng.assess(nest_facts(flat))
    for d in before.determinations:
        if d.status == "not_required":
            nos += 1; unproved += (not d.rules or not any(c.quote for c in d.citations))
    definite = [d for d in before.determinations if d.status in DEFINITE]
    for name in [n for n, v in flat.items() if v is None and n not in exempt]:
        for value in _learnable(name):
            learned = {**flat, name: value}
            if possible(learned) != learned: continue
            after = eng.assess(nest_facts(learned)); out = {n.id for n in after.not_applicable}
            for d in definite:
                checks += 1
                later = after.determination(d.id)
                ok = (later is None and d.status == "not_required" and d.id in out) or (later is not None and later.status == d.status)
                if not ok: bad[(name, d.id, d.status, later.status if later else 'absent')] += 1
print(f"cases {CASES}, not_required {nos} (unproved {unproved}), definite statuses re-checked {checks}, changed {sum(bad.values())}")
for k, c in bad.most_common(10): print(c, k)
