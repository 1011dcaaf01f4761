#!/usr/bin/env python3
"""Measures `kpi evaluate` of one policy set from files and from a Prometheus server holding the same
observations (run inside scripts/with-prometheus, which sets KPI_TEST_PROMETHEUS_URL).

Usage: sources_bench.py KPI POLICIES OBSERVATIONS AS_OF RUNS OUT.md

The two commands take turns run by run, so load on the shared machine touches both alike. Each figure
is the median of RUNS runs: wall time and peak memory (GNU time). Requests and bytes come from the
server's own counters (prometheus_http_requests_total, prometheus_http_response_size_bytes_sum), read
before and after one run, so they are what the server saw, not what kpi says. The KPIs of both runs
must be identical (values and statuses), or the benchmark fails.
"""
import json
import os
import statistics
import subprocess
import sys
import urllib.request


def run(command):
    """(seconds, peak KiB, stdout) of one run under GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"sources_bench: {' '.join(command)} failed:\n{result.stderr}")
    seconds, kib = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kib), result.stdout


def counters(url):
    """Requests and response bytes the server has answered so far, over every API handler."""
    text = urllib.request.urlopen(url + "/metrics", timeout=10).read().decode()
    requests = size = 0.0
    for line in text.splitlines():
        if line.startswith("prometheus_http_requests_total{") and 'handler="/api/v1/' in line:
            requests += float(line.rsplit(" ", 1)[1])
        if line.startswith("prometheus_http_response_size_bytes_sum{") and 'handler="/api/v1/' in line:
            size += float(line.rsplit(" ", 1)[1])
    return requests, size


def main():
    kpi, policies, observations, as_of, runs, out = sys.argv[1:7]
    runs = int(runs)
    url = os.environ["KPI_TEST_PROMETHEUS_URL"]
    files = [kpi, "evaluate", policies, "--metrics", observations, "--as-of", as_of, "--format", "json"]
    server = [kpi, "evaluate", policies, "--prometheus", url, "--as-of", as_of, "--format", "json"]
    times = {"files": [], "prometheus": []}
    memory = {"files": [], "prometheus": []}
    outputs = {}
    for _ in range(runs):
        for name, command in (("files", files), ("prometheus", server)):
            before = counters(url) if name == "prometheus" else None
            seconds, kib, stdout = run(command)
            if before is not None:
                after = counters(url)
                traffic = (after[0] - before[0], after[1] - before[1])
            times[name].append(seconds)
            memory[name].append(kib)
            outputs[name] = json.loads(stdout)
    if outputs["files"]["kpis"] != outputs["prometheus"]["kpis"]:
        sys.exit("sources_bench: the KPIs from files and from Prometheus differ")
    kpis = len(outputs["files"]["kpis"])
    rows = outputs["files"]["observations"]["rows"]
    samples = outputs["prometheus"]["observations"]["rows"]
    median_files = statistics.median(times["files"])
    median_server = statistics.median(times["prometheus"])
    lines = [
        f"| source | wall time (median of {runs}) | peak memory | requests | bytes received |",
        "|---|---:|---:|---:|---:|",
        f"| files (`--metrics`, {rows:,} rows read) | {median_files:.2f} s | {statistics.median(memory['files']) / 1024:.0f} MiB | – | – |",
        f"| Prometheus (`--prometheus`, {samples:,} samples in the windows) | {median_server:.2f} s | "
        f"{statistics.median(memory['prometheus']) / 1024:.0f} MiB | {traffic[0]:.0f} | {traffic[1] / 1e6:.1f} MB |",
        "",
        f"Prometheus / files: {median_server / median_files:.2f}x the time. Both give the same values and "
        f"statuses for all {kpis} KPIs (checked). Requests and bytes are the server's own counters "
        "(`prometheus_http_requests_total`, `prometheus_http_response_size_bytes_sum`) over one run; the "
        "bytes are the response bodies as sent, compressed when kpi accepts it.",
    ]
    text = "\n".join(lines) + "\n"
    with open(out, "w") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    main()
