#!/usr/bin/env python3
"""Converts kpi observation files (CSV, NDJSON) to OpenMetrics text for `promtool tsdb create-blocks-from
openmetrics`, so a Prometheus server can hold exactly the data kpi reads from files.

Usage: observations-to-openmetrics.py OUTPUT PATH...   (PATH: an observation file or a folder of them)

- One family (`# TYPE name gauge`) per metric, its samples in time order; the text ends with `# EOF`.
- A row's label columns become labels; an empty cell means no label, as it does for kpi.
- Times become milliseconds since the epoch (Prometheus's resolution); a time finer than that is an error,
  because the server could not hold the same instant.
- Prometheus keeps one sample per series and instant. Rows of one series at the same instant (a batch of
  events logged together) are kept apart by a `kpi_duplicate="N"` label on the second and later ones,
  which no kpi selector names, so every row still counts once.
- Metric and label names must be valid Prometheus names ([a-zA-Z_:][a-zA-Z0-9_:]* and
  [a-zA-Z_][a-zA-Z0-9_]*); anything else is an error naming the file and line.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
DUPLICATE_LABEL = "kpi_duplicate"
EXTENSIONS = (".csv", ".ndjson", ".jsonl")


class Problem(Exception):
    pass


def files_of(path):
    """The observation files `kpi --metrics PATH` reads: a folder is walked with its subfolders, hidden
    entries skipped, in byte order of the relative path."""
    if not os.path.isdir(path):
        return [path]
    found = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = [n for n in subfolders if not n.startswith(".")]
        for name in names:
            full = os.path.join(folder, name)
            if not name.startswith(".") and name.lower().endswith(EXTENSIONS) and os.path.isfile(full):
                found.append(full)
    if not found:
        raise Problem(f"{path}: no observation files (.csv, .ndjson, .jsonl) in this folder or below it")
    return sorted(found, key=lambda full: os.path.relpath(full, path).encode())


def milliseconds(text, where):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text += "T00:00:00Z"
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise Problem(f"{where}: bad time `{text}`: {error}")
    if when.tzinfo is None:
        raise Problem(f"{where}: time `{text}` has no UTC offset")
    if when.microsecond % 1000:
        raise Problem(f"{where}: time `{text}` is finer than a millisecond, which Prometheus cannot hold")
    delta = when - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def rows_of(path):
    """(metric, {label: value}, milliseconds, value, where) for every row of one file."""
    lower = path.lower()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        if lower.endswith(".csv"):
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                return
            for number, row in enumerate(reader, start=2):
                if not row:
                    continue
                fields = dict(zip(header, row))
                labels = {k: v for k, v in fields.items() if k not in ("metric", "time", "value") and v != ""}
                where = f"{path}:{number}"
                yield fields["metric"], labels, milliseconds(fields["time"], where), float(fields["value"]), where
        else:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                where = f"{path}:{number}"
                yield (record["metric"], dict(record.get("labels") or {}), milliseconds(record["time"], where),
                       float(record["value"]), where)


def escape(value):
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")


def number(value):
    return repr(float(value))


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    output, paths = argv[1], argv[2:]
    families = {}
    try:
        for path in paths:
            for file in files_of(path):
                for metric, labels, millis, value, where in rows_of(file):
                    if not METRIC_NAME.match(metric):
                        raise Problem(f"{where}: `{metric}` is not a valid Prometheus metric name")
                    for name in labels:
                        if not LABEL_NAME.match(name) or name.startswith("__") or name == DUPLICATE_LABEL:
                            raise Problem(f"{where}: `{name}` cannot be a Prometheus label name")
                    families.setdefault(metric, []).append((millis, tuple(sorted(labels.items())), value))
    except Problem as problem:
        print(f"observations-to-openmetrics: {problem}", file=sys.stderr)
        return 1
    lines = []
    for metric in sorted(families):
        lines.append(f"# TYPE {metric} gauge")
        seen = {}
        samples = []
        for millis, labels, value in families[metric]:  # file order decides which row is the duplicate
            key = (labels, millis)
            copy = seen.get(key, 0)
            seen[key] = copy + 1
            if copy:
                labels = labels + ((DUPLICATE_LABEL, str(copy)),)
            samples.append((millis, labels, value))
        samples.sort(key=lambda sample: (sample[0], sample[1]))
        for millis, labels, value in samples:
            text = ",".join(f'{name}="{escape(v)}"' for name, v in labels)
            selector = f"{{{text}}}" if text else ""
            lines.append(f"{metric}{selector} {number(value)} {millis // 1000}.{millis % 1000:03d}")
    lines.append("# EOF")
    temporary = output + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    os.replace(temporary, output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
