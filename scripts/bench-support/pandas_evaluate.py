#!/usr/bin/env python3
"""The pandas peer of `kpi evaluate` in scripts/bench: the same statistics per metric and window.

Reads the observations with read_csv (categorical metric and label columns, so pandas is used as a
careful analyst would), then for every KPI of the benchmark set (described by kpis.json, written
with the policies) computes, with groupby, quantile and mean:

  - the KPI's own value: its statistic over (as-of - window, as-of], on the rows its segment does
    not select (kpi applies a KPI's own target to the observations no segment matches);
  - the segment's value: the same statistic on the rows the segment selects;
  - the baseline: the statistic over the baseline days (both included), on the KPI's own rows.

Percentiles use linear interpolation (pandas' default, as kpi). Prints JSON: {kpi id: {value,
segment, baseline}}. Usage: pandas_evaluate.py KPIS_JSON OBSERVATIONS_CSV
"""
import json
import sys

import pandas as pd

QUANTILES = {"p50": 0.50, "p95": 0.95, "p99": 0.99}


def statistic(frame, groups, name):
    grouped = frame.groupby(groups, observed=True)["value"]
    return grouped.mean() if name == "mean" else grouped.quantile(QUANTILES[name])


def main():
    manifest = json.load(open(sys.argv[1]))
    frame = pd.read_csv(
        sys.argv[2],
        dtype={"metric": "category", "value": "float64", "region": "category", "mode": "category"},
    )
    frame["time"] = pd.to_datetime(frame["time"], format="ISO8601", utc=True)

    # Which rows each metric's segment selects: the segment's label equals its value.
    kpis = manifest["kpis"]
    segments = {k["metric"]: k["segment"] for k in kpis}
    in_segment = pd.Series(False, index=frame.index)
    for label in {s["label"] for s in segments.values()}:
        wanted = {m: s["value"] for m, s in segments.items() if s["label"] == label}
        expected = frame["metric"].map(wanted).astype("object")
        in_segment |= frame[label].astype("object").eq(expected).fillna(False).astype(bool)
    frame["in_segment"] = in_segment

    as_of = pd.Timestamp(manifest["asOf"])
    baseline_from = pd.Timestamp(manifest["baseline"]["from"], tz="UTC")
    baseline_to = pd.Timestamp(manifest["baseline"]["to"], tz="UTC") + pd.Timedelta(days=1)
    baseline_rows = frame[(frame["time"] >= baseline_from) & (frame["time"] < baseline_to) & ~frame["in_segment"]]

    results = {}
    for days in sorted({k["windowDays"] for k in kpis}):
        start = as_of - pd.Timedelta(days=days)
        window = frame[(frame["time"] > start) & (frame["time"] <= as_of)]
        for name in sorted({k["statistic"] for k in kpis if k["windowDays"] == days}):
            values = statistic(window, ["metric", "in_segment"], name)
            baselines = statistic(baseline_rows, ["metric"], name)
            for kpi in kpis:
                if kpi["windowDays"] != days or kpi["statistic"] != name:
                    continue
                metric = kpi["metric"]
                results[kpi["id"]] = {
                    "value": float(values.get((metric, False), float("nan"))),
                    "segment": float(values.get((metric, True), float("nan"))),
                    "baseline": float(baselines.get(metric, float("nan"))),
                }
    json.dump(results, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
