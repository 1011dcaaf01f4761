#!/usr/bin/env bash
# Checks `kpi diff` as CI meets it, independently of kpi's own tests:
#   - in a pull-request-like clone (the head branch only, one commit deep, as actions/checkout makes
#     it), the Action's diff step (scripts/action-diff) fetches the base branch, writes the Markdown
#     report, appends it to $GITHUB_STEP_SUMMARY, annotates HEAD's lines, sets the diff-file output,
#     and fails on the error-level changes;
#   - `kpi diff --format json` validates against schemas/kpi-diff.schema.json (check-jsonschema), with
#     and without observations;
#   - the step is skipped when there is no base (a push).
#
# Usage: scripts/check-diff.sh   (KPI_BIN: the kpi binary; default: a debug build)
# Prints one line per check and ends with `N passed, M failed`; exits 1 when any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$(cd "${KPI_VENV:-.venv}" && pwd)"
checker="$venv/bin/check-jsonschema"
schema="$root/schemas/kpi-diff.schema.json"

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
git() { command git -c user.name="kpi checks" -c user.email=checks@example.com -c commit.gpgsign=false -c init.defaultBranch=main "$@"; }

# The "remote": main holds the bundled example policies; the branch `change` loosens a target, hands
# a KPI to another owner, re-pins a started baseline and deletes a KPI an objective uses.
origin="$out/origin"
mkdir -p "$origin"
(
    cd "$origin"
    git init -q
    cp -R "$root/policies" "$root/.kpi.yaml" .
    git add -A && git commit -qm "policies"
    git checkout -qb change
    python3 - <<'PY'
import re
path = "policies/ai-platform/model-performance.yaml"
text = open(path).read()
text = text.replace('target: "< 2 s"   ', 'target: "< 2500 ms"', 1)
text = text.replace("    owner: priya\n    unit: ms\n    better: lower\n    measurement:\n      method: OpenTelemetry traces on the inference endpoint\n      metric: inference_latency_ms\n      statistic: p99",
                    "    owner: omar\n    unit: ms\n    better: lower\n    measurement:\n      method: OpenTelemetry traces on the inference endpoint\n      metric: inference_latency_ms\n      statistic: p99", 1)
text = text.replace("baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }", "baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.5 s }", 1)
open(path, "w").write(text)
path = "policies/ai-platform/deployment.yaml"
text = open(path).read()
start, end = text.index("  rollback-rate:\n"), text.index("  time-to-production:\n")
open(path, "w").write(text[:start] + text[end:])
PY
    git commit -qam "loosen, hand over, re-pin, delete"
)

# The pull request's checkout: the head branch only, one commit deep.
clone="$out/clone"
git clone -q --depth 1 --single-branch --branch change "file://$origin" "$clone"
if (cd "$clone" && command git rev-parse --verify --quiet origin/main >/dev/null); then
    fail "the clone" "already has origin/main; the fetch would not be exercised"
fi

status=0
(cd "$clone" && GITHUB_ACTION_PATH="$root" GITHUB_STEP_SUMMARY="$out/summary.md" GITHUB_OUTPUT="$out/outputs" KPI_BIN="$kpi" \
    KPI_DIFF_BASE="main" KPI_DIFF_FAIL_ON="error" KPI_DIFF_AS_OF="2026-11-20" GIT_CONFIG_GLOBAL=/dev/null \
    "$root/scripts/action-diff" >"$out/log.txt" 2>&1) || status=$?
if [[ $status -eq 1 ]]; then
    pass "the Action's diff step fetches the base and fails on error-level changes"
else
    fail "scripts/action-diff" "exit $status, expected 1" "$(cat "$out/log.txt")"
fi
if grep -q "^diff-file=kpi-diff.md$" "$out/outputs" 2>/dev/null && [[ -s "$clone/kpi-diff.md" ]]; then
    pass "it writes kpi-diff.md and sets the diff-file output"
else
    fail "diff-file" "missing output or report" "$(cat "$out/outputs" 2>/dev/null)"
fi
if [[ -s "$out/summary.md" ]] && head -n 1 "$out/summary.md" | grep -q '^### kpi diff: `origin/main (' \
    && grep -q '^#### ⛔ KPIs removed (1)$' "$out/summary.md" && grep -q '^#### ⛔ Baselines moved (1)$' "$out/summary.md" \
    && cmp -s "$out/summary.md" "$clone/kpi-diff.md"; then
    pass "the Markdown report is appended to the job summary"
else
    fail "job summary" "not the report" "$(head -n 20 "$out/summary.md" 2>/dev/null)"
fi
check "annotations: a summary notice, then escaped workflow commands on HEAD's lines" "$venv/bin/python" - "$out/log.txt" <<'PY'
import re, sys
lines = [l for l in open(sys.argv[1]).read().split("\n") if l.startswith("::")]
assert lines and lines[0].startswith("::notice title=kpi diff::4 policy changes: 2 errors, 1 warning, 1 info"), lines[:1]
pattern = re.compile(r"^::(error|warning|notice)( file=[^,:]+,line=\d+,col=\d+,|\s)title=([a-z-]+)( \(([a-z-]+)\))?::(.*)$")
kinds = []
for line in lines[1:]:
    m = pattern.match(line)
    assert m, line
    assert "\r" not in line and "\n" not in line
    kinds.append((m.group(1), m.group(3), m.group(5)))
assert sorted(kinds) == sorted([
    ("error", "baseline-moved", "started-baseline-moved"),
    ("error", "kpi-removed", "used-kpi-removed"),
    ("warning", "target-loosened", "key-result-loosened"),
    ("notice", "owner-changed", None),
]), kinds
assert any(l.startswith("::warning file=policies/ai-platform/model-performance.yaml,line=") for l in lines)
PY

# The JSON contract, validated independently.
(cd "$clone" && "$kpi" diff origin/main --format json --as-of 2026-11-20 >"$out/diff.json" 2>"$out/diff.err") || true
check "kpi diff --format json validates against schemas/kpi-diff.schema.json" "$checker" --schemafile "$schema" "$out/diff.json"
(cd "$clone" && "$kpi" diff origin/main --format json --as-of 2026-11-20 --metrics "$root/observations" >"$out/impact.json" 2>"$out/impact.err") || true
check "with observations too" "$checker" --schemafile "$schema" "$out/impact.json"
check "with observations, every KPI change says what it does today" "$venv/bin/python" - "$out/impact.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
kpi_changes = [c for c in report["changes"] if "kpi" in c and c["kind"] != "key-result-changed"]
assert kpi_changes and all("impact" in c for c in kpi_changes), kpi_changes
assert all(set(c["impact"]) >= {"before", "after", "valueBefore", "valueAfter"} for c in kpi_changes)
assert "objectives" in report and "greenByTarget" in report
PY
check "the bundled examples compared with themselves: valid, and no change" bash -c \
    "'$kpi' diff --old '$root/policies' --new '$root/policies' --format json >'$out/same.json' && '$checker' --schemafile '$schema' '$out/same.json' >/dev/null && grep -q '\"changes\": \[\]' '$out/same.json'"

# A push has no base: the step says so and succeeds.
status=0
skipped="$(cd "$clone" && KPI_BIN="$kpi" KPI_DIFF_BASE="" "$root/scripts/action-diff" 2>&1)" || status=$?
if [[ $status -eq 0 && "$skipped" == *"skipped"* ]]; then pass "without a base the step is skipped"; else fail "no base" "exit $status" "$skipped"; fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
