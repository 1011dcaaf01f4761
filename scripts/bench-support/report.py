#!/usr/bin/env python3
"""Turns the measurements of one scripts/bench run into the Markdown tables of docs/performance.md.

Reads the JSON lines measure.py appended (results.jsonl) and what scripts/bench recorded about the
machine and the inputs (run.json), and prints Markdown: the machine, a lint table, an evaluate
table and the goals, each marked met or not met. Usage: report.py RUN_JSON RESULTS_JSONL
"""
import json
import sys

LINEAR_SLACK = 1.25  # "linear": ten times the input costs at most 1.25 x 10 times as much


def load(path):
    results = {}
    for line in open(path):
        record = json.loads(line)
        results[(record["group"], record["name"])] = record
    return results


def seconds(value):
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def mib(kib):
    return f"{kib / 1024:.0f} MiB" if kib >= 10 * 1024 else f"{kib / 1024:.1f} MiB"


def size(count):
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB"


def verdict(met):
    return "**met**" if met else "**not met**"


def main():
    run = json.load(open(sys.argv[1]))
    results = load(sys.argv[2])
    out = []
    machine = run["machine"]
    out.append(f"Measured {run['date']} on {machine['cpu']} ({machine['cores']} cores), {machine['memory']} of memory, "
               f"{machine['os']}; {machine['swift']}; kpi at {run['commit']}. Every figure is the median of "
               f"{run['runs']} runs of the whole process (start-up included): wall time, and peak resident memory "
               "as GNU time reports it. Load is the machine's 1-minute load average before each measurement; "
               "the machine is shared, so figures taken under load are slower than on a quiet one.")
    out.append("")
    out.append(f"Peers: {run['peers']}.")
    out.append("")

    # Lint
    if any((entry["group"], "kpi lint") in results for entry in run["lintSets"]):
        out += lint_table(run, results)
    if any((entry["group"], entry["name"]) in results for entry in run["observationSets"]):
        out += evaluate_table(run, results)
    if run.get("scale"):
        out += scale_table(run["scale"], results)
    out += [f"- {check}" for check in run.get("checks", [])] + [""]
    out += goals_section(run, results)
    print("\n".join(out))


def lint_table(run, results):
    out = []
    out.append("### Lint")
    out.append("")
    out.append("| policy set | files | size | kpi lint | memory | libyaml parse (floor) | kpi ÷ floor | check-jsonschema | memory | kpi faster | yamllint | memory | kpi faster | load |")
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    lint_sets = [s for s in run["lintSets"]]
    for entry in lint_sets:
        group = entry["group"]
        kpi = results.get((group, "kpi lint"))
        floor = results.get((group, "libyaml parse"))
        schema = results.get((group, "check-jsonschema"))
        yamllint = results.get((group, "yamllint"))
        if not kpi:
            continue
        row = [entry["label"], str(entry["files"]), size(entry["bytes"]), seconds(kpi["wall"]), mib(kpi["maxrssKiB"])]
        row += [seconds(floor["wall"]), f"{kpi['wall'] / floor['wall']:.1f}x"] if floor else ["", ""]
        for peer in (schema, yamllint):
            row += [seconds(peer["wall"]), mib(peer["maxrssKiB"]), f"{peer['wall'] / kpi['wall']:.0f}x"] if peer else ["", "", ""]
        row.append(f"{kpi['load']:.1f}")
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    return out


def evaluate_table(run, results):
    out = []
    out.append("### Evaluate")
    out.append("")
    out.append("| observations | size | kpi evaluate | memory | pandas (read_csv) | memory | kpi faster | kpi memory ÷ pandas | load |")
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for entry in run["observationSets"]:
        kpi = results.get((entry["group"], entry["name"]))
        pandas = results.get((entry["group"], "pandas"))
        if not kpi:
            continue
        row = [entry["label"], size(entry["bytes"]), seconds(kpi["wall"]), mib(kpi["maxrssKiB"])]
        if pandas:
            row += [seconds(pandas["wall"]), mib(pandas["maxrssKiB"]), f"{pandas['wall'] / kpi['wall']:.1f}x",
                    f"{kpi['maxrssKiB'] / pandas['maxrssKiB']:.2f}x"]
        else:
            row += ["", "", "", ""]
        row.append(f"{kpi['load']:.1f}")
        out.append("| " + " | ".join(row) + " |")
    out.append("")
    return out


def scale_table(scale, results):
    group = scale["group"]
    out = []
    out.append("### Evaluate: 100 to 10,000 KPIs over the same rows")
    out.append("")
    out.append(f"{scale['rows'] / 1e6:.0f}M rows, CSV ({size(scale['bytes'])}).")
    out.append("")
    out.append("| command | wall time | memory | load |")
    out.append("|---|--:|--:|--:|")
    names = [(f"kpi evaluate {count}", f"kpi evaluate, {count:,} KPIs") for count in scale["kpis"]]
    names += [(f"kpi lint {count}", f"kpi lint, {count:,} KPIs") for count in (scale["kpis"][0], scale["kpis"][-1])]
    names.append(("duckdb", "DuckDB: read_csv, quantile_cont and avg of every metric and segment"))
    for name, label in names:
        record = results.get((group, name))
        if not record:
            continue
        out.append(f"| {label} | {seconds(record['wall'])} | {mib(record['maxrssKiB'])} | {record['load']:.1f} |")
    out.append("")
    return out


def scale_goals(scale, results):
    group, counts = scale["group"], scale["kpis"]
    small, large = counts[0], counts[-1]
    evaluate_small = results.get((group, f"kpi evaluate {small}"))
    evaluate_large = results.get((group, f"kpi evaluate {large}"))
    lint_large = results.get((group, f"kpi lint {large}"))
    duckdb = results.get((group, "duckdb"))
    goals = []
    if not (evaluate_small and evaluate_large and lint_large and duckdb):
        return goals
    rows = f"{scale['rows'] / 1e6:.0f}M rows"
    whole = evaluate_large["wall"] / (duckdb["wall"] + lint_large["wall"])
    part = evaluate_large["wall"] - lint_large["wall"]
    goals.append(f"Evaluate of {large:,} KPIs over {rows} within 1.1x of DuckDB's time plus `kpi lint` of the same set: "
                 f"{seconds(evaluate_large['wall'])} vs {seconds(duckdb['wall'])} + {seconds(lint_large['wall'])}, "
                 f"{whole:.2f}x — {verdict(whole <= 1.1)}; the evaluation part (evaluate less lint) no slower than DuckDB: "
                 f"{seconds(part)} vs {seconds(duckdb['wall'])} — {verdict(part <= duckdb['wall'])}.")
    growth = part / evaluate_small["wall"]
    goals.append(f"Evaluate of {large:,} KPIs, less their lint, at most 1.3x evaluate of {small:,} KPIs over the same rows: "
                 f"{seconds(part)} vs {seconds(evaluate_small['wall'])}, {growth:.2f}x — {verdict(growth <= 1.3)}.")
    memory = evaluate_large["maxrssKiB"] / duckdb["maxrssKiB"]
    goals.append(f"Peak memory of evaluate of {large:,} KPIs at most DuckDB's on the same run: "
                 f"{mib(evaluate_large['maxrssKiB'])} vs {mib(duckdb['maxrssKiB'])}, {memory:.2f}x — {verdict(memory <= 1)}.")
    return goals


def goals_section(run, results):
    out = []
    out.append("### Goals")
    out.append("")
    goals = []
    for layout in ("split", "single"):
        group = f"lint/kpis-10000/{layout}"
        kpi, floor = results.get((group, "kpi lint")), results.get((group, "libyaml parse"))
        if kpi and floor:
            ratio = kpi["wall"] / floor["wall"]
            goals.append(f"Lint of 10,000 KPIs ({layout} layout) within 3x the bare libyaml parse: "
                         f"{seconds(kpi['wall'])} vs {seconds(floor['wall'])}, {ratio:.1f}x — {verdict(ratio <= 3)}.")
    kpi, floor = results.get(("lint/flood", "kpi lint")), results.get(("lint/flood", "libyaml parse"))
    if kpi and floor:
        ratio = kpi["wall"] / floor["wall"]
        goals.append(f"Lint of a file of 1,000,000 unknown top-level keys within 15x the bare libyaml parse, showing "
                     f"the first 100 findings and counting the rest: {seconds(kpi['wall'])} vs {seconds(floor['wall'])}, "
                     f"{ratio:.1f}x, at {mib(kpi['maxrssKiB'])} — {verdict(ratio <= 15)}.")
    kpi, yamllint = results.get(("lint/examples", "kpi lint")), results.get(("lint/examples", "yamllint"))
    if kpi and yamllint:
        ratio = yamllint["wall"] / kpi["wall"]
        goals.append(f"Whole-process lint of the shipped examples 5x or more faster than yamllint: "
                     f"{seconds(kpi['wall'])} vs {seconds(yamllint['wall'])}, {ratio:.1f}x — {verdict(ratio >= 5)}.")
    for entry in run["observationSets"]:
        if entry["rows"] != 10_000_000:
            continue
        kpi, pandas = results.get((entry["group"], entry["name"])), results.get((entry["group"], "pandas"))
        if kpi and pandas:
            speed = pandas["wall"] / kpi["wall"]
            memory = kpi["maxrssKiB"] / pandas["maxrssKiB"]
            goals.append(f"Evaluate of 10M rows ({entry['format']}) 2x or more faster than pandas at 0.5x or less of its "
                         f"memory: {speed:.1f}x faster, {memory:.2f}x the memory — {verdict(speed >= 2 and memory <= 0.5)}.")
    for fmt in ("csv", "ndjson"):
        small = results.get(("evaluate/1M", f"kpi evaluate {fmt}"))
        large = results.get(("evaluate/10M", f"kpi evaluate {fmt}"))
        if small and large:
            ratio = large["wall"] / small["wall"]
            goals.append(f"Evaluate cost linear from 1M to 10M rows ({fmt}): 10x the rows took {ratio:.1f}x the time — "
                         f"{verdict(ratio <= 10 * LINEAR_SLACK)}.")
    for layout in ("split", "single"):
        small = results.get((f"lint/kpis-1000/{layout}", "kpi lint"))
        large = results.get((f"lint/kpis-10000/{layout}", "kpi lint"))
        if small and large:
            ratio = large["wall"] / small["wall"]
            goals.append(f"Lint cost linear from 1k to 10k KPIs ({layout}): 10x the KPIs took {ratio:.1f}x the time — "
                         f"{verdict(ratio <= 10 * LINEAR_SLACK)}.")
    if run.get("scale"):
        goals += scale_goals(run["scale"], results)
    out += [f"{index}. {goal}" for index, goal in enumerate(goals, 1)]
    out.append("")
    out.append(f"Linear means ten times the input costs at most {LINEAR_SLACK} x 10 times as much; start-up makes "
               "small inputs relatively dear, so a ratio under 10 is usual.")
    return out


if __name__ == "__main__":
    main()
