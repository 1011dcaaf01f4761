#!/usr/bin/env python3
"""The DuckDB peer of `kpi evaluate` in scripts/bench: every per-metric, per-segment statistic.

Reads the observations once with read_csv into an in-memory table, then for every distinct window
and segment of the KPIs (described by kpis.json, written with the policies) computes, per metric,
with quantile_cont (linear interpolation, as kpi) and avg:

  - on the rows the segment does not select (a KPI's own value: kpi applies a KPI's own target to
    the observations no segment matches; a row without the segment's label is not selected), and
  - on the rows it selects (the segment's value),

over (as-of - window, as-of], and the same on the baseline days (both included) for the baseline.
Every statistic of each slice is computed at once (p50, p95, p99 and the mean), as an analyst would
write it, whichever of them the KPIs read. Prints JSON: {kpi id: {value, segment, baseline}}.
Usage: duckdb_evaluate.py KPIS_JSON OBSERVATIONS_CSV
"""
import datetime
import json
import sys

import duckdb

QUANTILES = {"p50": 0, "p95": 1, "p99": 2}


def main():
    manifest = json.load(open(sys.argv[1]))
    kpis = manifest["kpis"]
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(
        "CREATE TABLE obs AS SELECT * FROM read_csv(?, header = true, columns = "
        "{'metric': 'VARCHAR', 'time': 'TIMESTAMPTZ', 'value': 'DOUBLE', 'region': 'VARCHAR', 'mode': 'VARCHAR'})",
        [sys.argv[2]],
    )
    as_of = datetime.datetime.fromisoformat(manifest["asOf"].replace("Z", "+00:00"))
    utc = datetime.timezone.utc
    baseline_from = datetime.datetime.fromisoformat(manifest["baseline"]["from"]).replace(tzinfo=utc)
    baseline_to = datetime.datetime.fromisoformat(manifest["baseline"]["to"]).replace(tzinfo=utc) + datetime.timedelta(days=1)

    segments = sorted({(k["segment"]["label"], k["segment"]["value"]) for k in kpis})
    spans = {days: ("(", as_of - datetime.timedelta(days=days), as_of, "]") for days in sorted({k["windowDays"] for k in kpis})}
    spans["baseline"] = ("[", baseline_from, baseline_to, ")")

    # slices[(span, label, value)][(metric, in segment)] = (p50, p95, p99, mean)
    slices = {}
    for span, (left, start, end, right) in spans.items():
        lower = ">" if left == "(" else ">="
        upper = "<=" if right == "]" else "<"
        for label, value in segments:
            # The label is a column name from the manifest, quoted as an identifier.
            rows = con.execute(
                f'SELECT metric, coalesce("{label}" = ?, false) AS selected, '
                "quantile_cont(value, [0.5, 0.95, 0.99]), avg(value) "
                f"FROM obs WHERE time {lower} ? AND time {upper} ? GROUP BY ALL",
                [value, start, end],
            ).fetchall()
            slices[(span, label, value)] = {(metric, selected): (*quantiles, mean) for metric, selected, quantiles, mean in rows}

    def pick(span, kpi, selected):
        found = slices[(span, kpi["segment"]["label"], kpi["segment"]["value"])].get((kpi["metric"], selected))
        if found is None:
            return float("nan")
        return float(found[3] if kpi["statistic"] == "mean" else found[QUANTILES[kpi["statistic"]]])

    results = {
        kpi["id"]: {
            "value": pick(kpi["windowDays"], kpi, False),
            "segment": pick(kpi["windowDays"], kpi, True),
            "baseline": pick("baseline", kpi, False),
        }
        for kpi in kpis
    }
    json.dump(results, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
