#!/usr/bin/env python3
"""Runs one command several times and records its whole-process wall time and peak memory.

Each run goes through GNU time (`/usr/bin/time -f %M`), which reports the peak resident set size of
the command. Its own fork is a process of about 2 MiB before the command starts, the same floor for
every tool; Python's own spawn would have added the interpreter's memory to every figure. Wall time
is taken around the run here, at a finer resolution than GNU time prints. Standard output goes to
/dev/null; standard error is kept and shown when the command fails.

One warm-up run comes first (file cache, Python's bytecode cache); when it takes longer than
--keep-warmup-after seconds it is counted as the first run instead, because repeating a slow peer
adds nothing but minutes. Appends one JSON line to --results:

  {"name", "group", "command", "runs": [{"wall", "maxrssKiB", "exit"}], "wall", "maxrssKiB", "load"}

where "wall" and "maxrssKiB" are medians and "load" is the 1-minute load average before the runs
(other work on the machine shows there). Exits 1 when a run exits with a code not in --ok.

Usage: measure.py --name NAME --group GROUP --results FILE [--runs 5] [--ok 0] [--keep-output FILE]
                  -- COMMAND ARGS...
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
        }, errors.read().decode(errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ok", default="0", help="comma-separated exit codes that count as success")
    parser.add_argument("--keep-warmup-after", type=float, default=2.0)
    parser.add_argument("--keep-output", default=os.devnull, help="write the last run's standard output here")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    ok = {int(code) for code in options.ok.split(",")}

    load = os.getloadavg()[0]
    runs = []
    warmup, errors = run_once(command, options.keep_output if options.runs == 1 else os.devnull)
    if warmup["wall"] > options.keep_warmup_after or options.runs == 1:
        runs.append(warmup)
    while len(runs) < options.runs:
        last = len(runs) == options.runs - 1
        result, errors = run_once(command, options.keep_output if last else os.devnull)
        runs.append(result)
        if result["exit"] not in ok:
            break

    record = {
        "name": options.name,
        "group": options.group,
        "command": command,
        "runs": runs,
        "wall": statistics.median(r["wall"] for r in runs),
        "maxrssKiB": statistics.median(r["maxrssKiB"] for r in runs),
        "load": load,
    }
    with open(options.results, "a") as results:
        results.write(json.dumps(record) + "\n")
    failed = [r for r in runs if r["exit"] not in ok] or ([warmup] if warmup["exit"] not in ok else [])
    shown = f"{record['wall']:8.3f} s {record['maxrssKiB'] / 1024:8.1f} MiB"
    print(f"  {options.name:<58} {shown}  (median of {len(runs)}, load {load:.2f})", flush=True)
    if failed:
        print(f"  {options.name}: exit {failed[0]['exit']}; standard error:\n{errors[-4000:]}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
