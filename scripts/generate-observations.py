#!/usr/bin/env python3
"""Generates the example observations in observations/ from a fixed seed.

The output is committed beside this script: run it again and `git diff` shows nothing. The data is
shaped so that at the README's as-of (2026-11-20) the example teams show every status (met, at-risk,
missed, no-data, stale, insufficient-evidence) and every improvement verdict (achieved, on-track,
behind, missed, not-started). It is realistic in kind: raw latency samples, deploy and rollback
events, per-release lead times, annotator labels, load tests, costs and request counts.

Only `random.random()` is used (through a small Box-Muller transform), because it is the one part of
Python's `random` whose sequence is promised to stay the same across Python versions.
"""
import csv
import datetime as dt
import json
import math
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "observations")
if len(sys.argv) == 3 and sys.argv[1] == "--out":
    ROOT = sys.argv[2]  # for checking that the committed files are this script's output
AS_OF = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
rng = random.Random(20261120)


def gauss(mean=0.0, sd=1.0):
    u1 = max(rng.random(), 1e-12)
    u2 = rng.random()
    return mean + sd * math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)


def lognormal(median, sigma):
    return median * math.exp(sigma * gauss())


def day(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)


def days(start, end):
    current = start
    while current < end:
        yield current
        current += dt.timedelta(days=1)


def lerp(a, b, t):
    return a + (b - a) * min(1.0, max(0.0, t))


def progress(when, start, end):
    return (when - start) / (end - start)


def stamp(when, offset_hours=0):
    """ISO-8601 with Z, or with an offset (the same instant) to show that offsets are read."""
    if offset_hours == 0:
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    return when.astimezone(zone).isoformat(timespec="seconds")


def at(date, hour, minute=0):
    return date + dt.timedelta(hours=hour, minutes=minute)


def write_csv(path, labels, rows):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["metric", "time", "value", *labels])
        for row in rows:
            writer.writerow(row)


def write_ndjson(path, rows):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        for metric, time, value, labels in rows:
            record = {"metric": metric, "time": time, "value": value}
            if labels:
                record["labels"] = labels
            handle.write(json.dumps(record, separators=(",", ":")) + "\n")


def fmt(value, digits=3):
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def inference_latency():
    """Raw per-request latency samples (ms) for sync and async calls, from the p99 baseline window on.

    Sync p99 falls from about 3.2 s to 1.75 s (met, goal achieved); sync p50 falls from 260 ms to about
    220 ms (missed, goal of 195 ms missed). Async p99 stays around 7 s (its segment target < 10 s is met).
    """
    rows = []
    start, end = day("2026-08-03"), AS_OF
    for date in days(start, end):
        t = progress(date, start, day("2026-11-13"))
        median = lerp(265, 222, t)
        p99 = lerp(3250, 1700, t)
        sigma = math.log(p99 / median) / 2.326
        for i in range(160):
            when = at(date, 0, int(i * 1440 / 160))
            rows.append(["inference_latency_ms", stamp(when), fmt(lognormal(median, sigma), 1), "sync"])
        for i in range(24):
            when = at(date, 0, int(i * 60) + 7)
            rows.append(["inference_latency_ms", stamp(when), fmt(lognormal(1500, 0.62), 1), "async"])
    write_csv("ai-platform/inference-latency.csv", ["mode"], rows)


def model_quality():
    """F1 per model release (last release 2026-11-12: 0.872, met and achieved); RAGAS per pipeline update
    (0.72 now: missed, goal on track); PSI per feature each Monday (max 0.13: at risk, goal behind)."""
    releases = [("2026-06-03", 0.781), ("2026-06-17", 0.792), ("2026-06-26", 0.795), ("2026-07-21", 0.812),
                ("2026-08-18", 0.838), ("2026-09-15", 0.846), ("2026-10-13", 0.861), ("2026-11-12", 0.872)]
    rows = [["eval_f1", stamp(at(day(d), 14)), fmt(v)] for d, v in releases]
    runs = [("2026-10-01", 0.671), ("2026-10-08", 0.684), ("2026-10-15", 0.679), ("2026-10-29", 0.688),
            ("2026-11-04", 0.701), ("2026-11-12", 0.713), ("2026-11-18", 0.72)]
    rows += [["ragas_composite", stamp(at(day(d), 9)), fmt(v)] for d, v in runs]
    write_csv("ai-platform/model-quality.csv", [], rows)

    psi_rows = []
    levels = {"2026-10-05": 0.14, "2026-10-12": 0.142, "2026-10-19": 0.138, "2026-10-26": 0.136,
              "2026-11-02": 0.133, "2026-11-09": 0.131, "2026-11-16": 0.13}
    for d, worst in levels.items():
        for feature, share in [("prompt_length", 1.0), ("language", 0.55), ("user_tier", 0.3)]:
            psi_rows.append(["feature_psi", stamp(at(day(d), 6)), fmt(worst * share), feature])
    write_csv("ai-platform/feature-psi.csv", ["feature"], psi_rows)


def load_tests():
    """Monthly k6 load tests. The last one ran on 2026-10-12, more than 30 days before as-of: no data."""
    tests = [("2026-06-15", 580), ("2026-07-13", 600), ("2026-08-17", 615), ("2026-09-14", 618),
             ("2026-09-28", 622), ("2026-10-12", 760)]
    write_csv("ai-platform/load-tests.csv", [], [["loadtest_sustained_rps", stamp(at(day(d), 20)), v] for d, v in tests])


def deployments():
    """Production deploy events (rate over 28 days: 2.25 a week now, high tier, goal achieved), and per-service
    deployments with rollbacks (6% over 30 days: at risk; goal of 4.5% missed)."""
    deploy_days = []
    start = day("2026-07-06")
    current = start
    while current < AS_OF:
        t = progress(current, start, day("2026-10-20"))
        gap = lerp(8.5, 3.1, t)
        deploy_days.append(current)
        current += dt.timedelta(days=gap, hours=rng.random() * 6)
    rows = [["production_deploys", stamp(at(d.replace(hour=0, minute=0, second=0), 15)), 1] for d in deploy_days]
    write_csv("ai-platform/production-deploys.csv", [], rows)

    events = []
    for date in days(day("2026-08-17"), AS_OF):
        for i in range(2 if date.weekday() < 5 else 0):
            events.append(["deployments", stamp(at(date, 10 + 4 * i)), 1, f"svc-{(date.day + i) % 5}"])
    rollback_dates = ["2026-08-20", "2026-08-26", "2026-09-01", "2026-09-08", "2026-09-24", "2026-10-07",
                      "2026-10-22", "2026-11-03", "2026-11-17"]
    for d in rollback_dates:
        events.append(["rollbacks", stamp(at(day(d), 16)), 1, "svc-1"])
    events.sort(key=lambda row: row[1])
    write_csv("ai-platform/deploy-log.csv", ["service"], events)


def lead_times():
    """Hours from passing the eval gates to the production tag, per release, as NDJSON with a change_type
    label. Standard changes average about 4.2 business days (met, goal achieved); hotfixes about 30 h."""
    rows = []
    start = day("2026-09-28")
    for i, date in enumerate(days(start, AS_OF)):
        if date.weekday() in (1, 3):
            t = progress(date, start, day("2026-11-10"))
            hours = max(20.0, gauss(lerp(270, 138, t), 12))
            rows.append(("eval_to_production_hours", stamp(at(date, 17), offset_hours=-5), round(hours, 1), {"change_type": "standard"}))
        if i % 9 == 4:
            rows.append(("eval_to_production_hours", stamp(at(date, 11), offset_hours=2), round(max(6.0, gauss(30, 6)), 1), {"change_type": "hotfix"}))
    write_ndjson("ai-platform/lead-times.ndjson", rows)


def human_evaluation():
    """Annotated samples of production outputs.

    output_hallucinated: 0/1 per sampled output (about 2.6% now, on track), with a regulated-domain segment
    (0 of its samples); annotator_kappa between the two annotators is 0.72, below the 0.8 floor, so the
    figure is insufficient evidence. output_human_reviewed: 0/1 per output, about 7% reviewed (within 5–10%),
    every high-stakes output reviewed. Its baseline window ends after as-of, so its goal has not started.
    """
    rows = []
    start = day("2026-09-01")
    for date in days(start, AS_OF):
        t = progress(date, start, day("2026-11-15"))
        rate = lerp(0.061, 0.026, t)
        for i in range(5):
            rows.append(["output_hallucinated", stamp(at(date, 9 + i)), 1 if rng.random() < rate else 0, "general"])
        if date.weekday() == 2:
            rows.append(["output_hallucinated", stamp(at(date, 15)), 0, "regulated"])
    kappas = [("2026-09-30", 0.83), ("2026-10-31", 0.78), ("2026-11-05", 0.72)]
    rows += [["annotator_kappa", stamp(at(day(d), 18)), v, ""] for d, v in kappas]
    rows.sort(key=lambda row: row[1])
    write_csv("ai-platform/annotations.csv", ["domain"], rows)

    reviewed = []
    for date in days(day("2026-10-01"), AS_OF):
        for i in range(60):
            stakes = "high" if i % 20 == 0 else "normal"
            value = 1 if stakes == "high" or rng.random() < 0.068 else 0
            reviewed.append(["output_human_reviewed", stamp(at(date, 0, i * 24)), value, stakes])
    write_csv("ai-platform/human-review.csv", ["stakes"], reviewed)


def business():
    """Weekly per-user adoption flags (internal about 26%: met, on track; consumer about 41%: met), and daily
    inference cost and request totals (cost per 1,000 about $0.55: missed, behind)."""
    rows = []
    start = day("2026-09-07")
    for date in days(start, AS_OF):
        if date.weekday() != 0:
            continue
        t = progress(date, day("2026-10-05"), day("2026-10-26"))
        for surface, users, share in [("internal", 120, lerp(0.18, 0.262, t)), ("consumer", 80, lerp(0.33, 0.412, t))]:
            hits = round(users * share)
            for user in range(users):
                rows.append(["used_ai_feature", stamp(at(date, 3)), 1 if user < hits else 0, surface])
    write_csv("ai-platform/adoption.csv", ["surface"], rows)

    cost = []
    start = day("2026-09-21")
    for date in days(start, AS_OF):
        t = progress(date, day("2026-10-05"), day("2026-11-19"))
        requests = int(1_800_000 + 200_000 * math.sin(date.toordinal() / 3) + rng.random() * 50_000)
        per_1k = lerp(0.62, 0.545, t) * (1 + gauss(0, 0.01))
        cost.append(["inference_requests", stamp(at(date, 23, 59)), requests])
        cost.append(["inference_cost_usd", stamp(at(date, 23, 59)), fmt(requests * per_1k / 1000, 2)])
    write_csv("ai-platform/inference-cost.csv", [], cost)


def pull_requests():
    """Per-PR hours from open to merge (no PR merged since 2026-11-10: stale at a weekly cadence) and to the
    first substantive review (median about 22 h: met, on track)."""
    rows = []
    start = day("2026-07-13")
    for date in days(start, AS_OF):
        if date.weekday() >= 5:
            continue
        t = progress(date, start, day("2026-09-20"))
        for i in range(3):
            when = at(date, 10 + 2 * i)
            if date < day("2026-11-11"):
                rows.append(["pr_open_to_merge_hours", stamp(when), fmt(max(2.0, gauss(lerp(70, 40, t), 9)), 1)])
            if date >= day("2026-10-12"):
                t2 = progress(date, day("2026-10-26"), day("2026-11-04"))
                rows.append(["pr_first_review_hours", stamp(when), fmt(max(1.0, gauss(lerp(31, 21, t2), 4)), 1)])
    rows.sort(key=lambda row: row[1])
    write_csv("ai-platform/pull-requests.csv", [], rows)


def support_assistant():
    """The start-with-three team: latency p99 about 2.2 s (missed, on track), 0.75 deploys a week over 28 days
    (medium tier: at risk; behind), and only about 60 annotated answers a month (insufficient evidence)."""
    rows = []
    start = day("2026-10-05")
    for date in days(start, AS_OF):
        t = progress(date, start, day("2026-11-13"))
        p99 = lerp(2950, 2200, t)
        median = 620
        sigma = math.log(p99 / median) / 2.326
        for i in range(96):
            rows.append(["assistant_latency_ms", stamp(at(date, 0, i * 15)), fmt(lognormal(median, sigma), 1)])
    for d in ["2026-10-06", "2026-10-14", "2026-10-27", "2026-11-05", "2026-11-17"]:
        rows.append(["assistant_deploys", stamp(at(day(d), 16)), 1])
    for date in days(start, AS_OF):
        if date.weekday() in (0, 2, 4):
            t = progress(date, start, day("2026-11-15"))
            for i in range(4):
                rows.append(["answer_hallucinated", stamp(at(date, 11 + i)), 1 if rng.random() < lerp(0.07, 0.03, t) else 0])
    rows.sort(key=lambda row: (row[1], row[0]))
    write_csv("start-with-three/support-assistant.csv", [], rows)


def main():
    inference_latency()
    model_quality()
    load_tests()
    deployments()
    lead_times()
    human_evaluation()
    business()
    pull_requests()
    support_assistant()
    return 0


if __name__ == "__main__":
    sys.exit(main())
