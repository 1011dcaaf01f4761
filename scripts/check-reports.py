#!/usr/bin/env python3
"""Independent checks of kpi's review reports: the OKR sheet's XLSX, CSV and the HTML pages.

    scripts/check-reports.py PATH...

Each PATH is a file or a folder (folders are searched for *.xlsx, *.csv and *.html, not recursively).

- XLSX (read with openpyxl, not with kpi's code): the workbook opens; every sheet has its header row
  frozen (freeze_panes A2), an autofilter over the table, bold headers and column widths; in the
  OKR sheet's "Key results" and "Objectives" sheets every cell has the type its column promises
  (numbers are numbers, scores carry the 0.00 format and progress a percent format, dates are
  dates, flags are booleans, text is text) and scores lie in 0..1; the ZIP entries carry a fixed
  time and the document properties no dates, so two runs give the same bytes.
- CSV next to an XLSX of the same name (okr.csv beside okr.xlsx): a header row, RFC 4180 parsing,
  and every cell equal to the XLSX's "Key results" sheet (numbers to full precision).
- HTML: well-formed as XML (xml.etree), starts with <!DOCTYPE html>, and refers to nothing outside
  itself: no http(s) URL, no src attribute, no <script>, <link>, <img>, <iframe> or <object>, no CSS
  url() or @import; links are relative and, when they name a file, the file exists beside the page.
  Status pills always carry a status word, never colour alone. An OKR sheet has a bullet graph and a
  sparkline for every key result.
- manifest.json of a review folder (read with hashlib, not with kpi's code): it lists every other file
  of the folder, sorted, each with its true SHA-256 and size, and the provenance keys of the contract.

Prints one line per check and closes with `N passed, M failed`; exits 1 when a check fails, 2 on
bad usage.
"""
import csv
import datetime
import io
import math
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
except ImportError:  # pragma: no cover - reported as a failed check below
    openpyxl = None

STATUS_WORDS = {"met", "at-risk", "missed", "no-data", "stale", "insufficient-evidence"}

# Column kinds of the OKR workbook, by header title.
NUMBER, SCORE, PERCENT, DATE, DATETIME, TEXT, FLAG = "number", "score", "percent", "date", "datetime", "text", "flag"
OBJECTIVE_COLUMNS = {
    "Quarter": TEXT, "As of": DATETIME, "Team": TEXT, "Objective": TEXT, "Objective title": TEXT,
    "Objective owner": TEXT, "Objective owner (person)": TEXT, "Type": TEXT, "Objective score": SCORE,
    "Objective status": TEXT, "Flagged": FLAG,
}
KEY_RESULT_COLUMNS = {
    **OBJECTIVE_COLUMNS,
    "KPI": TEXT, "Key result": TEXT, "Owner": TEXT, "Owner (person)": TEXT, "Unit": TEXT, "Better": TEXT,
    "Weight": NUMBER, "Baseline": NUMBER, "Baseline from": DATE, "Baseline to": DATE, "Baseline source": TEXT,
    "Target": TEXT, "Target value": NUMBER, "Target source": TEXT, "Current": NUMBER, "Current as of": DATETIME,
    "Progress": PERCENT, "Score": SCORE, "Expected by now": NUMBER, "Status": TEXT,
    "Change since last period": NUMBER, "KPI status": TEXT, "Change unit": TEXT,
}
OBJECTIVES_SHEET_COLUMNS = {**OBJECTIVE_COLUMNS, "Key results": NUMBER}
# CSV keys of the "Key results" sheet's columns, in order.
CSV_KEYS = [
    "quarter", "as_of", "team", "objective", "objective_title", "objective_owner", "objective_owner_person",
    "objective_type", "objective_score", "objective_status", "objective_flagged", "kpi", "kpi_name", "owner",
    "owner_person", "unit", "better", "weight", "baseline", "baseline_from", "baseline_to", "baseline_source",
    "target", "target_value", "target_source", "current", "current_as_of", "progress", "score", "expected",
    "status", "change", "kpi_status", "change_unit",
]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, subject, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {subject}: {name}")
        else:
            self.failed += 1
            print(f"FAIL  {subject}: {name}" + (f": {detail}" if detail else ""))
        return ok


# ---------------------------------------------------------------- XLSX

def check_xlsx(path, checks):
    subject = os.path.basename(path)
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        times = {info.date_time for info in infos}
        checks.check(subject, "ZIP entries carry one fixed time", times == {(1980, 1, 1, 0, 0, 0)}, f"times {sorted(times)}")
        names = [info.filename for info in infos]
        required = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"]
        missing = [name for name in required if name not in names]
        checks.check(subject, "has the Office Open XML parts", not missing, f"missing {missing}")
        if "docProps/core.xml" in names:
            core = archive.read("docProps/core.xml").decode("utf-8")
            checks.check(subject, "document properties carry no dates", "dcterms:created" not in core and "dcterms:modified" not in core)
        malformed = []
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ET.fromstring(archive.read(name))
                except ET.ParseError as error:
                    malformed.append(f"{name}: {error}")
        checks.check(subject, "every part is well-formed XML", not malformed, "; ".join(malformed))

    if openpyxl is None:
        checks.check(subject, "openpyxl is installed", False, "pip install -r scripts/requirements-ci.txt")
        return None
    try:
        workbook = openpyxl.load_workbook(path)
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding
        checks.check(subject, "opens in openpyxl", False, repr(error))
        return None
    checks.check(subject, "opens in openpyxl", True)

    for sheet in workbook.worksheets:
        where = f"{subject} [{sheet.title}]"
        pane = sheet.sheet_view.pane
        checks.check(where, "header row frozen (freeze_panes A2)", sheet.freeze_panes == "A2" and pane is not None and pane.state == "frozen",
                     f"freeze_panes {sheet.freeze_panes!r}, pane state {pane.state if pane is not None else None!r}")
        checks.check(where, "autofilter over the whole table", sheet.auto_filter.ref == sheet.dimensions,
                     f"autofilter {sheet.auto_filter.ref!r}, table {sheet.dimensions!r}")
        header = [cell for cell in sheet[1]]
        checks.check(where, "header cells are bold text",
                     all(isinstance(cell.value, str) and cell.value and cell.font.b for cell in header))
        widths = [sheet.column_dimensions[cell.column_letter].width for cell in header]
        checks.check(where, "every column has a width", all(width and width > 0 for width in widths), f"widths {widths}")

    key_results = sheet_rows(workbook, "Key results")
    if key_results is not None:
        check_typed_sheet(workbook["Key results"], KEY_RESULT_COLUMNS, subject, checks)
        check_unit_formats(workbook["Key results"], subject, checks)
    objectives = sheet_rows(workbook, "Objectives")
    if objectives is not None:
        check_typed_sheet(workbook["Objectives"], OBJECTIVES_SHEET_COLUMNS, subject, checks)
        if key_results is not None:
            counted = {}
            for row in key_results:
                if row.get("KPI") is not None:
                    counted[row["Objective"]] = counted.get(row["Objective"], 0) + 1
            mismatched = [row["Objective"] for row in objectives if counted.get(row["Objective"], 0) != row["Key results"]]
            checks.check(f"{subject} [Objectives]", "key result counts match the Key results sheet", not mismatched, f"{mismatched}")
            scores = {row["Objective"]: row["Objective score"] for row in key_results}
            differing = [row["Objective"] for row in objectives if row["Objective"] in scores and scores[row["Objective"]] != row["Objective score"]]
            checks.check(f"{subject} [Objectives]", "objective scores match the Key results sheet", not differing, f"{differing}")
    return workbook


QUANTITY_COLUMNS = ("Baseline", "Target value", "Current", "Expected by now")


def check_unit_formats(sheet, subject, checks):
    """Quantities show the row's unit in their number format, as a literal (so `%` is not applied
    as a multiplication), and changes of a `%` KPI are percentage points."""
    where = f"{subject} [{sheet.title}]"
    header = [cell.value for cell in sheet[1]]
    problems = []
    checked = 0
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row))
        unit = cells["Unit"].value
        if not unit:
            continue
        literal = f'"{unit}"' if unit == "%" or unit.startswith("/") else f'" {unit}"'
        for title in QUANTITY_COLUMNS:
            cell = cells[title]
            if cell.value is None:
                continue
            checked += 1
            if literal not in cell.number_format:
                problems.append(f"{cell.coordinate} ({title}, {unit}): {cell.number_format}")
        change = cells["Change since last period"]
        if change.value is not None:
            checked += 1
            expected = '" pp"' if unit == "%" else literal
            if expected not in change.number_format or "%" in change.number_format.replace('"%"', ""):
                problems.append(f"{change.coordinate} (change, {unit}): {change.number_format}")
    checks.check(where, f"quantities show their unit, changes of % KPIs are pp ({checked} checked)", checked > 0 and not problems, ", ".join(problems[:5]))


def sheet_rows(workbook, title):
    if title not in workbook.sheetnames:
        return None
    sheet = workbook[title]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def check_typed_sheet(sheet, columns, subject, checks):
    where = f"{subject} [{sheet.title}]"
    header = [cell.value for cell in sheet[1]]
    unknown = [title for title in header if title not in columns]
    missing = [title for title in columns if title not in header]
    checks.check(where, "has the expected columns", not unknown and not missing, f"unexpected {unknown}, missing {missing}")
    checks.check(where, "has data rows", sheet.max_row > 1, f"{sheet.max_row - 1} rows")
    problems = {kind: [] for kind in (NUMBER, SCORE, PERCENT, DATE, DATETIME, TEXT, FLAG)}
    numbers = 0
    for row in sheet.iter_rows(min_row=2):
        for title, cell in zip(header, row):
            kind = columns.get(title)
            if kind is None or cell.value is None:
                continue
            value = cell.value
            ref = f"{cell.coordinate}={value!r} ({cell.number_format})"
            if kind in (NUMBER, SCORE, PERCENT):
                numbers += 1
                if cell.data_type != "n" or isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                    problems[kind].append(ref)
                elif kind == SCORE and (cell.number_format != "0.00" or not 0 <= value <= 1):
                    problems[kind].append(ref)
                elif kind == PERCENT and "%" not in cell.number_format:
                    problems[kind].append(ref)
                elif kind == NUMBER and cell.is_date:
                    problems[kind].append(ref)
            elif kind in (DATE, DATETIME):
                if not isinstance(value, datetime.datetime) or not cell.is_date:
                    problems[kind].append(ref)
                elif kind == DATE and (value.hour, value.minute, value.second) != (0, 0, 0):
                    problems[kind].append(ref)
            elif kind == TEXT:
                if cell.data_type not in ("s", "inlineStr") or not isinstance(value, str):
                    problems[kind].append(ref)
            elif kind == FLAG:
                if cell.data_type != "b" or not isinstance(value, bool):
                    problems[kind].append(ref)
    checks.check(where, f"numbers are numeric cells ({numbers} checked)", not problems[NUMBER], ", ".join(problems[NUMBER][:5]))
    checks.check(where, "scores are numbers in 0..1 formatted 0.00", not problems[SCORE], ", ".join(problems[SCORE][:5]))
    if any(kind == PERCENT for kind in columns.values()):
        checks.check(where, "progress is a number with a percent format", not problems[PERCENT], ", ".join(problems[PERCENT][:5]))
    checks.check(where, "dates and times are date cells", not problems[DATE] and not problems[DATETIME],
                 ", ".join((problems[DATE] + problems[DATETIME])[:5]))
    checks.check(where, "text is text", not problems[TEXT], ", ".join(problems[TEXT][:5]))
    checks.check(where, "flags are booleans", not problems[FLAG], ", ".join(problems[FLAG][:5]))


# ---------------------------------------------------------------- CSV

def check_csv(path, workbook, checks):
    subject = os.path.basename(path)
    with open(path, "rb") as file:
        raw = file.read()
    checks.check(subject, "lines end in CRLF (RFC 4180)", raw.count(b"\r\n") == raw.count(b"\n") and raw.endswith(b"\r\n"))
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    checks.check(subject, "header row has the documented columns", rows and rows[0] == CSV_KEYS, f"header {rows[0] if rows else None}")
    widths = {len(row) for row in rows}
    checks.check(subject, "every row has as many fields as the header", widths == {len(CSV_KEYS)}, f"widths {sorted(widths)}")
    if workbook is None or "Key results" not in workbook.sheetnames or not rows or rows[0] != CSV_KEYS:
        return
    sheet = workbook["Key results"]
    cells = list(sheet.iter_rows(min_row=2))
    checks.check(subject, "as many rows as the XLSX's Key results sheet", len(cells) == len(rows) - 1, f"{len(rows) - 1} vs {len(cells)}")
    differences = []
    for line, (csv_row, xlsx_row) in enumerate(zip(rows[1:], cells), start=2):
        for key, field, cell in zip(CSV_KEYS, csv_row, xlsx_row):
            if not same(field, cell.value):
                differences.append(f"line {line} {key}: csv {field!r} vs xlsx {cell.value!r}")
    checks.check(subject, "every value equals the XLSX's", not differences, "; ".join(differences[:5]))


def same(field, value):
    """A CSV field and an XLSX cell value hold the same thing."""
    if value is None:
        return field == ""
    if isinstance(value, bool):
        return field == ("true" if value else "false")
    if isinstance(value, datetime.datetime):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", field):
            return value == datetime.datetime.fromisoformat(field)
        try:
            parsed = datetime.datetime.fromisoformat(field.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return False
        return abs((parsed - value).total_seconds()) < 0.001
    if isinstance(value, (int, float)):
        try:
            return float(field) == float(value)
        except ValueError:
            return False
    return field == value


# ---------------------------------------------------------------- HTML

FORBIDDEN_ELEMENTS = {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "base", "frame"}
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check_html(path, checks):
    subject = os.path.basename(path)
    with open(path, "rb") as file:
        raw = file.read()
    text = raw.decode("utf-8")
    checks.check(subject, "starts with <!DOCTYPE html>", text.startswith("<!DOCTYPE html>"))
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        checks.check(subject, "well-formed (xml.etree)", False, str(error))
        return
    checks.check(subject, "well-formed (xml.etree)", True)
    checks.check(subject, "no http:// or https:// anywhere", re.search(r"https?://", text, re.IGNORECASE) is None,
                 ", ".join(re.findall(r"https?://[^\s\"'<>)]*", text, re.IGNORECASE)[:3]))
    elements = list(root.iter())
    forbidden = sorted({element.tag for element in elements if element.tag in FORBIDDEN_ELEMENTS})
    checks.check(subject, "no elements that load anything (script, link, img, …)", not forbidden, f"{forbidden}")
    sources = [element.get("src") for element in elements if element.get("src") is not None]
    checks.check(subject, "no src attributes", not sources, f"{sources[:3]}")
    styles = " ".join((element.text or "") for element in elements if element.tag == "style")
    styles += " ".join(element.get("style", "") for element in elements)
    checks.check(subject, "CSS has no url() or @import", re.search(r"url\s*\(|@import", styles, re.IGNORECASE) is None)
    links = [element.get("href") for element in elements if element.get("href") is not None]
    links += [element.get("{http://www.w3.org/1999/xlink}href") for element in elements if element.get("{http://www.w3.org/1999/xlink}href")]
    external = [link for link in links if SCHEME.match(link) or link.startswith("/") or link.startswith("\\")]
    checks.check(subject, f"links are relative ({len(links)} links)", not external, f"{external[:3]}")
    folder = os.path.dirname(os.path.abspath(path))
    broken = []
    ids = {element.get("id") for element in elements if element.get("id")}
    for link in links:
        if link in external:
            continue
        target, _, fragment = link.partition("#")
        if target:
            from urllib.parse import unquote
            if not os.path.exists(os.path.join(folder, unquote(target))):
                broken.append(link)
        elif fragment and fragment not in ids:
            broken.append(link)
    checks.check(subject, "links point to files beside the page or anchors in it", not broken, f"{broken[:3]}")

    pills = [element for element in elements if "status" in element.get("class", "").split()]
    wordless = ["".join(pill.itertext()).strip() for pill in pills if not ({word for word in re.split(r"\s+", "".join(pill.itertext()))} & STATUS_WORDS)]
    checks.check(subject, f"every status shows its word, not colour alone ({len(pills)} statuses)", not wordless, f"{wordless[:3]}")

    rows = [element for table in elements if table.tag == "table" and "key-results" in table.get("class", "").split()
            for element in table.iter("tr") if element.find("td") is not None]
    if rows:
        without = []
        for row in rows:
            classes = [svg.get("class", "") for svg in row.iter("svg")]
            if "bullet" not in classes or "spark" not in classes:
                without.append(row.get("id", "?"))
        checks.check(subject, f"every key result has a bullet graph and a sparkline ({len(rows)} key results)", not without, f"{without}")
        bullets = [svg for row in rows for svg in row.iter("svg") if svg.get("class") == "bullet"]
        marked = [svg for svg in bullets if svg.get("role") == "img" and svg.find("title") is not None and (svg.find("title").text or "").strip()]
        checks.check(subject, "graphs carry a text description", len(marked) == len(bullets))


# ---------------------------------------------------------------- manifest

def check_manifest(folder, checks):
    import hashlib
    import json
    subject = os.path.join(folder, "manifest.json")
    try:
        with open(subject, "rb") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError) as error:
        checks.check(subject, "is readable JSON", False, str(error))
        return
    keys = ["version", "asOf", "policyCommit", "policyDirty", "inputsSHA256", "kpiVersion", "files"]
    checks.check(subject, "has the contract's keys in order", list(manifest)[:len(keys)] == keys, f"{list(manifest)}")
    checks.check(subject, "inputsSHA256 is 64 hex digits", re.fullmatch(r"[0-9a-f]{64}", str(manifest.get("inputsSHA256"))) is not None,
                 f"{manifest.get('inputsSHA256')!r}")
    listed = [entry.get("path") for entry in manifest.get("files", [])]
    others = sorted(name for name in os.listdir(folder) if name != "manifest.json")
    checks.check(subject, "lists every other file of the folder, sorted", listed == others, f"listed {listed}, folder {others}")
    wrong = []
    for entry in manifest.get("files", []):
        path = os.path.join(folder, str(entry.get("path")))
        if not os.path.isfile(path):
            wrong.append(f"{entry.get('path')}: missing")
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        if entry.get("sha256") != hashlib.sha256(data).hexdigest() or entry.get("bytes") != len(data):
            wrong.append(f"{entry.get('path')}: digest or size differs")
    checks.check(subject, "every file's SHA-256 and size are true", not wrong, "; ".join(wrong))


# ---------------------------------------------------------------- main

def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, name) for name in os.listdir(path) if name.endswith((".xlsx", ".csv", ".html")))
        elif os.path.isfile(path):
            files.append(path)
        else:
            print(f"check-reports: no such file or folder: {path}", file=sys.stderr)
            sys.exit(2)
    return files


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    checks = Checks()
    files = collect(argv)
    workbooks = {}
    for path in files:
        if path.endswith(".xlsx"):
            workbooks[os.path.splitext(os.path.abspath(path))[0]] = check_xlsx(path, checks)
    for path in files:
        if path.endswith(".csv"):
            stem = os.path.splitext(os.path.abspath(path))[0]
            if stem in workbooks:
                check_csv(path, workbooks[stem], checks)
        elif path.endswith(".html"):
            check_html(path, checks)
    for path in argv:
        if os.path.isdir(path) and os.path.isfile(os.path.join(path, "manifest.json")):
            check_manifest(path, checks)
    if checks.passed + checks.failed == 0:
        checks.check("check-reports", "found something to check", False, "no .xlsx, .csv or .html among " + " ".join(argv))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
