#!/usr/bin/env bash
# Produces every `kpi lint` format from the example policies plus a deliberately broken fixture, and
# checks each one independently of kpi:
#   - SARIF validates against the official SARIF 2.1.0 schema (../shared/schemas/sarif-2.1.0.json, or
#     $KPI_SARIF_SCHEMA) with check-jsonschema, every helpUri is absolute, every result is located;
#   - JSON parses and follows the contract, with the suppressed count;
#   - JUnit XML is well-formed with one test case per file and rule, and failures carry locations;
#   - GitHub annotations are one escaped workflow command per line after a summary notice;
#   - text ends with the summary line;
#   - the example policies alone are clean in every format;
#   - action.yml and the workflow in README.md are valid for GitHub, and the Action's lint step
#     (scripts/action-lint) writes SARIF that validates.
#
# Usage: scripts/check-lint-formats.sh   (KPI_BIN: the kpi binary; default: a debug build)
# Prints one line per check and ends with `N passed, M failed`; exits 1 when any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$(cd "${KPI_VENV:-.venv}" && pwd)"
checker="$venv/bin/check-jsonschema"
python="$venv/bin/python"
schema="${KPI_SARIF_SCHEMA:-../shared/schemas/sarif-2.1.0.json}"
fixture="Tests/Fixtures/lint-broken/team.yaml"

if [[ -z "${KPI_BIN:-}" ]]; then
    swift build --product kpi 2>&1 | grep -vE "^warning: 'main'" | tail -n 1 >&2
    KPI_BIN="$(swift build --show-bin-path)/kpi"
fi
kpi="$KPI_BIN"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'pass  %s\n' "$1"; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL  %s: %s\n' "$1" "$2"
    if [[ -n "${3:-}" ]]; then printf '%s\n' "$3" | head -n 40 | sed 's/^/      /'; fi
}
check() { # check NAME COMMAND...: passes when the command succeeds, shows its output when not
    local name="$1" output
    shift
    if output="$("$@" 2>&1)"; then pass "$name"; else fail "$name" "failed" "$output"; fi
}

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Every format in one run, from the example policies plus the broken fixture.
status=0
"$kpi" lint policies/ "$fixture" --as-of 2026-11-20 \
    --format "sarif:$out/kpi.sarif" --format "json:$out/kpi.json" --format "junit:$out/kpi.xml" \
    --format "github:$out/github.txt" --format text >"$out/kpi.txt" 2>"$out/stderr.txt" || status=$?
if [[ $status -eq 1 ]]; then
    pass "kpi lint policies/ + $fixture exits 1 (findings)"
else
    fail "kpi lint policies/ + $fixture" "exit $status, expected 1" "$(cat "$out/stderr.txt")"
fi
for file in kpi.sarif kpi.json kpi.xml github.txt kpi.txt; do
    if [[ -s "$out/$file" ]]; then pass "$file written"; else fail "$file" "missing or empty"; fi
done

if [[ -f "$schema" ]]; then
    check "SARIF validates against $schema" "$checker" --schemafile "$schema" "$out/kpi.sarif"
else
    fail "SARIF schema" "$schema not found (CI keeps ../shared beside the clone; set KPI_SARIF_SCHEMA elsewhere)"
fi

check "SARIF: driver rules with absolute helpUri anchors, located results with repository-relative URIs" "$python" - "$out/kpi.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "kpi" and driver["version"], driver.get("version")
ids = [rule["id"] for rule in driver["rules"]]
for rule in driver["rules"]:
    assert rule["helpUri"].startswith("https://") and rule["helpUri"].endswith("#" + rule["id"]), rule["helpUri"]
    for key in ("shortDescription", "fullDescription", "help"):
        assert rule[key]["text"], (rule["id"], key)
assert run["results"], "no results"
for result in run["results"]:
    assert result["ruleId"] in ids, result["ruleId"]
    assert ids[result["ruleIndex"]] == result["ruleId"]
    assert result["level"] in ("error", "warning", "note")
    location = result["locations"][0]["physicalLocation"]
    uri = location["artifactLocation"]["uri"]
    assert not uri.startswith(("/", "file:")), uri
    region = location["region"]
    for key in ("startLine", "startColumn", "endLine", "endColumn"):
        assert region[key] >= 1, (key, region)
assert run["properties"]["suppressed"] == 1, run["properties"]
PY

check "JSON: the versioned contract with the suppressed count" "$python" - "$out/kpi.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["version"] == 1
for diagnostic in report["diagnostics"]:
    for key in ("file", "line", "column", "endLine", "endColumn", "severity", "rule", "message"):
        assert key in diagnostic, key
summary = report["summary"]
# The contract is extended, never narrowed: `hidden` counts findings past the too-many-findings budget.
assert set(summary) == {"files", "errors", "warnings", "infos", "suppressed", "hidden"}, summary
assert summary["files"] == 9 and summary["suppressed"] == 1 and summary["errors"] == 3 and summary["hidden"] == 0, summary
PY

check "JUnit: well-formed, one test case per file and rule, failures with locations" "$python" - "$out/kpi.xml" "$out/kpi.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
suites = ET.parse(sys.argv[1]).getroot()
assert suites.tag == "testsuites"
files = [suite.get("name") for suite in suites.findall("testsuite")]
assert len(files) == 9, files
counts = {len(suite.findall("testcase")) for suite in suites.findall("testsuite")}
assert len(counts) == 1, counts
failures = suites.findall(".//failure")
assert failures and int(suites.get("failures")) == len(failures)
errors = [d for d in json.load(open(sys.argv[2]))["diagnostics"] if d["severity"] == "error"]
for d in errors:
    location = "%s:%d:%d:" % (d["file"], d["line"], d["column"])
    assert any(location in (f.text or "") for f in failures), location
PY

check "GitHub: a summary notice, then one escaped workflow command per finding" "$python" - "$out/github.txt" "$out/kpi.json" <<'PY'
import json, re, sys
lines = open(sys.argv[1]).read().split("\n")
assert lines[-1] == "", "ends with a newline"
lines = lines[:-1]
assert re.match(r"^::notice title=kpi lint::9 files checked: .*, 1 suppressed\.$", lines[0]), lines[0]
diagnostics = json.load(open(sys.argv[2]))["diagnostics"]
assert len(lines) == len(diagnostics) + 1, (len(lines), len(diagnostics))
pattern = re.compile(r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z-]+)::(.*)$")
for line, d in zip(lines[1:], diagnostics):
    m = pattern.match(line)
    assert m, line
    assert "\r" not in line and "%0A" not in m.group(7), line
    message = m.group(8).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
    assert message.startswith(d["message"]), (message, d["message"])
assert any("%25" in line for line in lines), "a message with % is escaped"
PY

if [[ "$(tail -n 1 "$out/kpi.txt")" == "9 files checked: 3 errors, 3 warnings, no infos, 1 suppressed." ]]; then
    pass "text: the summary line counts the suppressed finding"
else
    fail "text summary" "unexpected last line" "$(tail -n 1 "$out/kpi.txt")"
fi

# The example policies alone are clean in every format.
for format in text json sarif github junit; do
    status=0
    "$kpi" lint policies/ --as-of 2026-11-20 --format "$format" >"$out/clean.$format" 2>&1 || status=$?
    if [[ $status -eq 0 ]]; then pass "policies/ is clean in $format"; else fail "policies/ in $format" "exit $status" "$(head -n 20 "$out/clean.$format")"; fi
done
[[ -f "$schema" ]] && check "clean SARIF validates" "$checker" --schemafile "$schema" "$out/clean.sarif"

# The GitHub Action: its metadata, the workflow README.md shows, and its lint step.
check "action.yml is a valid GitHub Action" "$checker" --builtin-schema vendor.github-actions action.yml
awk '/<!-- workflow: /{flag=1; next} flag && /^```yaml/{inside=1; next} inside && /^```/{exit} inside' README.md >"$out/workflow.yml"
if [[ -s "$out/workflow.yml" ]]; then
    check "the workflow in README.md is a valid GitHub workflow" "$checker" --builtin-schema vendor.github-workflows "$out/workflow.yml"
    if grep -q "github/codeql-action/upload-sarif" "$out/workflow.yml" && grep -q "security-events: write" "$out/workflow.yml"; then
        pass "the README workflow uploads the SARIF with security-events: write"
    else
        fail "README workflow" "does not upload SARIF with security-events: write"
    fi
else
    fail "README workflow" "no \`<!-- workflow: … -->\` block found in README.md"
fi
mkdir -p "$out/action"
status=0
(cd "$out/action" && cp -R "$root/policies" . && cp "$root/$fixture" policies/broken.yaml &&
    GITHUB_ACTION_PATH="$root" GITHUB_OUTPUT="$out/action/outputs" KPI_BIN="$kpi" KPI_PATHS="policies" \
        KPI_ACTION_REPOSITORY="kpi-policy/kpi" KPI_ACTION_REF="v1" \
        "$root/scripts/action-lint" >"$out/action/log.txt" 2>&1) || status=$?
if [[ $status -eq 1 ]] && grep -q "^sarif-file=kpi.sarif$" "$out/action/outputs" && grep -q "^::error file=policies/broken.yaml," "$out/action/log.txt" \
    && grep -q '"helpUri": "https://github.com/kpi-policy/kpi/blob/v1/docs/rules.md#' "$out/action/kpi.sarif"; then
    pass "the Action's lint step annotates, fails on errors and sets the sarif-file output"
else
    fail "scripts/action-lint" "exit $status" "$(cat "$out/action/log.txt" "$out/action/outputs" 2>/dev/null | head -n 20)"
fi
[[ -f "$schema" && -f "$out/action/kpi.sarif" ]] && check "the Action's SARIF validates" "$checker" --schemafile "$schema" "$out/action/kpi.sarif"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
