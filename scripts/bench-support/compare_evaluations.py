#!/usr/bin/env python3
"""Checks that `kpi evaluate --format json` and the pandas peer computed the same numbers.

For every KPI of the benchmark set it compares kpi's value, segment value and baseline with pandas'
to a relative tolerance of 1e-9 (both read the same decimal text; they may differ only in the last
bits of summation and interpolation). Prints one line; exits 1 on any difference.
Usage: compare_evaluations.py KPI_JSON PANDAS_JSON
"""
import json
import math
import sys

TOLERANCE = 1e-9


def main():
    kpi = {k["id"]: k for k in json.load(open(sys.argv[1]))["kpis"]}
    peer = json.load(open(sys.argv[2]))
    compared, worst, problems = 0, 0.0, []
    for kpi_id, expected in sorted(peer.items()):
        result = kpi.get(kpi_id)
        if result is None:
            problems.append(f"{kpi_id}: missing from kpi's output")
            continue
        segments = result.get("segments") or [{}]
        actual = {"value": result.get("value"), "segment": segments[0].get("value"), "baseline": result.get("baseline")}
        for field, want in expected.items():
            got = actual[field]
            if math.isnan(want) or got is None:
                if not (math.isnan(want) and got is None):
                    problems.append(f"{kpi_id} {field}: kpi {got}, pandas {want}")
                continue
            compared += 1
            difference = abs(got - want) / max(abs(want), 1e-300)
            worst = max(worst, difference)
            if difference > TOLERANCE:
                problems.append(f"{kpi_id} {field}: kpi {got!r}, pandas {want!r} (relative difference {difference:.2e})")
    for problem in problems[:20]:
        print(problem)
    verdict = "same numbers" if not problems else f"{len(problems)} differences"
    print(f"kpi vs pandas: {compared} values compared, largest relative difference {worst:.1e}: {verdict}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
