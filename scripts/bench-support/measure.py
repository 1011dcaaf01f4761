#!/usr/bin/env python3
"""Runs commands several times and records their whole-process wall time and peak memory.

Each run goes through GNU time (`/usr/bin/time -f %M`), which reports the peak resident set size of
the command. Its own fork is a process of about 2 MiB before the command starts, the same floor for
every tool; Python's own spawn would have added the interpreter's memory to every figure. Wall time
is taken around the run here, at a finer resolution than GNU time prints. Standard output goes to
/dev/null (or, for the last run, to --keep-output); standard error is shown when a command fails.

The commands of one group take turns, run by run (A B C, A B C, ...), so that a change in the load
of the machine during the measurement touches all of them alike and their ratios stay fair. The
first round is a warm-up (file cache, Python's bytecode cache); a warm-up run longer than
--keep-warmup-after seconds counts as a run instead, because repeating a slow peer adds nothing but
minutes. Appends one JSON line per command to --results:

  {"name", "group", "command", "runs": [{"wall", "maxrssKiB", "exit", "load"}], "wall", "maxrssKiB", "load"}

where "wall", "maxrssKiB" and "load" (the 1-minute load average before each run) are medians. Exits
1 when a run exits with a code not in its "ok" list.

Usage:
  measure.py --group GROUP --results FILE [--runs 5] --spec SPEC.json
      SPEC.json: [{"name": ..., "command": [...], "ok": [0], "keepOutput": FILE}, ...]
  measure.py --group GROUP --results FILE [--runs 5] --name NAME [--ok 0] [--keep-output FILE] -- COMMAND ARGS...
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time


def run_once(command, output=os.devnull):
    with tempfile.NamedTemporaryFile("w+") as memory, tempfile.TemporaryFile() as errors:
        wrapped = ["/usr/bin/time", "-f", "%M", "-o", memory.name, *command]
        actions = [
            (os.POSIX_SPAWN_OPEN, 1, output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, errors.fileno(), 2),
        ]
        load = os.getloadavg()[0]
        start = time.perf_counter()
        pid = os.posix_spawn(wrapped[0], wrapped, os.environ, file_actions=actions)
        _, status = os.waitpid(pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        lines = memory.read().split()
        return {
            "wall": wall,
            "maxrssKiB": int(lines[-1]) if lines and lines[-1].isdigit() else 0,
            "exit": os.waitstatus_to_exitcode(status),
            "load": load,
        }, errors.read().decode(errors="replace")


def measure(group, specs, runs_wanted, keep_warmup_after, results_path):
    runs = {spec["name"]: [] for spec in specs}
    failures = {}
    for round_number in range(runs_wanted + 1):
        for spec in specs:
            name = spec["name"]
            taken = runs[name]
            if len(taken) >= runs_wanted or name in failures:
                continue
            last = len(taken) == runs_wanted - 1
            output = spec.get("keepOutput", os.devnull) if last else os.devnull
            result, errors = run_once(spec["command"], output)
            if result["exit"] not in spec.get("ok", [0]):
                failures[name] = (result["exit"], errors)
                taken.append(result)
            elif round_number > 0 or result["wall"] > keep_warmup_after or runs_wanted == 1:
                taken.append(result)
            elif spec.get("keepOutput"):
                # A discarded warm-up still leaves the output, should it turn out to be the last run.
                pass
    for spec in specs:
        taken = runs[spec["name"]]
        record = {
            "name": spec["name"],
            "group": group,
            "command": spec["command"],
            "runs": taken,
            "wall": statistics.median(r["wall"] for r in taken),
            "maxrssKiB": statistics.median(r["maxrssKiB"] for r in taken),
            "load": statistics.median(r["load"] for r in taken),
        }
        with open(results_path, "a") as results:
            results.write(json.dumps(record) + "\n")
        shown = f"{record['wall']:8.3f} s {record['maxrssKiB'] / 1024:8.1f} MiB"
        print(f"  {spec['name']:<58} {shown}  (median of {len(taken)}, load {record['load']:.2f})", flush=True)
    for name, (code, errors) in failures.items():
        print(f"  {name}: exit {code}; standard error:\n{errors[-4000:]}", file=sys.stderr)
    return not failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep-warmup-after", type=float, default=2.0)
    parser.add_argument("--spec", help="a JSON list of the commands to measure, taking turns")
    parser.add_argument("--name", help="the one command's name (without --spec)")
    parser.add_argument("--ok", default="0", help="comma-separated exit codes that count as success")
    parser.add_argument("--keep-output", help="write the last run's standard output here")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    if options.spec:
        specs = json.load(open(options.spec))
    else:
        command = options.command[1:] if options.command[:1] == ["--"] else options.command
        if not options.name or not command:
            parser.error("give --spec, or --name and a command after --")
        spec = {"name": options.name, "command": command, "ok": [int(code) for code in options.ok.split(",")]}
        if options.keep_output:
            spec["keepOutput"] = options.keep_output
        specs = [spec]
    ok = measure(options.group, specs, max(1, options.runs), options.keep_warmup_after, options.results)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
