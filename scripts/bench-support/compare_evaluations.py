#!/usr/bin/env python3
"""Checks that `kpi evaluate --format json` and a peer computed the same numbers.

For every KPI of the benchmark set it compares kpi's value, segment value and baseline with the
peer's (pandas or DuckDB, named by --peer) to a relative tolerance of 1e-9 (both read the same
decimal text; they may differ only in the last bits of summation and interpolation). Prints one
line; exits 1 on any difference.

With --same, both files are kpi's JSON reports: every KPI of the first (a subset) must appear in the
second with an identical result (status, value, segments, baseline, trend, explanation, …).

Usage: compare_evaluations.py [--peer NAME] KPI_JSON PEER_JSON
       compare_evaluations.py --same SUBSET_KPI_JSON SET_KPI_JSON
"""
import json
import math
import sys

TOLERANCE = 1e-9


def compare_with_peer(kpi_path, peer_path, peer_name):
    kpi = {k["id"]: k for k in json.load(open(kpi_path))["kpis"]}
    peer = json.load(open(peer_path))
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
                    problems.append(f"{kpi_id} {field}: kpi {got}, {peer_name} {want}")
                continue
            compared += 1
            difference = abs(got - want) / max(abs(want), 1e-300)
            worst = max(worst, difference)
            if difference > TOLERANCE:
                problems.append(f"{kpi_id} {field}: kpi {got!r}, {peer_name} {want!r} (relative difference {difference:.2e})")
    for problem in problems[:20]:
        print(problem)
    verdict = "same numbers" if not problems else f"{len(problems)} differences"
    print(f"kpi vs {peer_name}: {compared} values compared, largest relative difference {worst:.1e}: {verdict}")
    return not problems


def compare_subset(subset_path, set_path):
    subset = json.load(open(subset_path))["kpis"]
    whole = {k["id"]: k for k in json.load(open(set_path))["kpis"]}
    problems = [k["id"] for k in subset if whole.get(k["id"]) != k]
    for kpi_id in problems[:20]:
        print(f"{kpi_id}: differs alone and inside the set of {len(whole)}")
    verdict = "identical" if not problems else f"{len(problems)} differ"
    print(f"the {len(subset)} KPIs evaluated alone and inside the set of {len(whole)}: {verdict} results")
    return not problems


def main():
    args = sys.argv[1:]
    if args[:1] == ["--same"]:
        ok = compare_subset(args[1], args[2])
    else:
        peer = "pandas"
        if args[:1] == ["--peer"]:
            peer, args = args[1], args[2:]
        ok = compare_with_peer(args[0], args[1], peer)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
