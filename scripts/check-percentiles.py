#!/usr/bin/env python3
"""Cross-check kpi's percentiles and means against numpy.

kpi computes p50/p95/p99 by linear interpolation between closest ranks, numpy's default
(`np.percentile(values, q, method="linear")`), and `median` as `np.median` does. This script owns the
reference data that proves it:

    scripts/check-percentiles.py            regenerate Tests/KPIEvaluationTests/Fixtures/numpy-reference.json
    scripts/check-percentiles.py --check    regenerate into a temporary file and assert that it equals the
                                            committed one (so CI re-runs numpy on every build)

The Swift test `NumpyReferenceTests` reads the committed file and requires kpi's statistics to match
numpy's to 1e-9 relative. Together they show kpi agrees with numpy on the same data.

The data comes from Python's `random.random()` with a fixed seed (the one generator Python promises
to reproduce across versions) and is rounded to three decimals, so the values are identical on
every machine. Sizes include 1, 2, 10 and 1000, and sets with many ties.
"""

import argparse
import json
import math
import os
import random
import sys
import tempfile

import numpy as np

SEED = 20261120
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "Tests", "KPIEvaluationTests", "Fixtures", "numpy-reference.json")
STATISTICS = ["p50", "p95", "p99", "mean", "median"]
# Statistics agree when they are equal to this relative precision: identical in practice, the slack
# only absorbs last-bit differences between numpy builds.
CHECK_TOLERANCE = 1e-12


def normal(rng):
    """A standard normal deviate by Box-Muller, from random() alone."""
    u1 = 1.0 - rng.random()  # (0, 1]
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def datasets(rng):
    r3 = lambda x: round(x, 3)
    yield "one-value", [r3(100 * rng.random())]
    yield "two-values", [r3(100 * rng.random()) for _ in range(2)]
    yield "three-values", [r3(100 * rng.random()) for _ in range(3)]
    yield "four-values", [r3(100 * rng.random()) for _ in range(4)]
    yield "ten-values", [r3(100 * rng.random()) for _ in range(10)]
    yield "ten-values-ties", [float(math.floor(4 * rng.random())) for _ in range(10)]
    yield "all-equal-17", [7.25] * 17
    yield "uniform-64", [r3(1000 * rng.random()) for _ in range(64)]
    yield "uniform-65", [r3(1000 * rng.random()) for _ in range(65)]
    yield "latency-lognormal-1000", [r3(math.exp(5.0 + 0.6 * normal(rng))) for _ in range(1000)]
    yield "ties-digits-1000", [float(math.floor(10 * rng.random())) for _ in range(1000)]
    yield "ratio-0-1-1000", [float(rng.random() < 0.07) for _ in range(1000)]
    yield "negative-normal-1000", [r3(-50.0 + 10.0 * normal(rng)) for _ in range(1000)]
    yield "ascending-500", sorted(r3(100 * rng.random()) for _ in range(500))
    yield "descending-500", sorted((r3(100 * rng.random()) for _ in range(500)), reverse=True)
    yield "cost-exponential-4999", [r3(-0.02 * math.log(1.0 - rng.random())) for _ in range(4999)]


def reference():
    rng = random.Random(SEED)
    cases = []
    for name, values in datasets(rng):
        a = np.asarray(values, dtype=np.float64)
        cases.append({
            "name": name,
            "p50": float(np.percentile(a, 50, method="linear")),
            "p95": float(np.percentile(a, 95, method="linear")),
            "p99": float(np.percentile(a, 99, method="linear")),
            "mean": float(np.mean(a)),
            "median": float(np.median(a)),
            "values": values,
        })
    return {"generator": "scripts/check-percentiles.py", "seed": SEED, "cases": cases}


def write(path, document):
    """One case per line, so a change shows up as a readable diff."""
    cases = ",\n".join("  " + json.dumps(case) for case in document["cases"])
    with open(path, "w", encoding="utf-8") as out:
        out.write(f'{{"generator": {json.dumps(document["generator"])}, "seed": {document["seed"]}, "cases": [\n')
        out.write(cases + "\n]}\n")


def close(a, b):
    return a == b or abs(a - b) <= CHECK_TOLERANCE * max(abs(a), abs(b))


def check():
    with open(REFERENCE, encoding="utf-8") as committed_file:
        committed = json.load(committed_file)
    with tempfile.TemporaryDirectory() as folder:
        fresh_path = os.path.join(folder, "numpy-reference.json")
        write(fresh_path, reference())
        with open(fresh_path, encoding="utf-8") as fresh_file:
            fresh = json.load(fresh_file)
    passed = failed = 0
    if committed.get("seed") != fresh["seed"] or len(committed.get("cases", [])) != len(fresh["cases"]):
        print("FAIL: the committed file was made with another seed or case list; regenerate it")
        failed += 1
    for old, new in zip(committed.get("cases", []), fresh["cases"]):
        if old.get("name") != new["name"] or old.get("values") != new["values"]:
            print(f"FAIL {new['name']}: the committed values differ from the regenerated ones")
            failed += 1
            continue
        for statistic in STATISTICS:
            if close(old.get(statistic, math.nan), new[statistic]):
                passed += 1
            else:
                print(f"FAIL {new['name']} {statistic}: committed {old.get(statistic)!r}, numpy {new[statistic]!r}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary file and compare with the committed reference")
    arguments = parser.parse_args()
    if arguments.check:
        return check()
    document = reference()
    write(REFERENCE, document)
    count = len(document["cases"]) * len(STATISTICS)
    print(f"wrote {os.path.relpath(REFERENCE, ROOT)}: {len(document['cases'])} data sets, {count} expectations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
