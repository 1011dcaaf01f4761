#!/usr/bin/env bash
# Validates the policy JSON Schema independently of kpi, with check-jsonschema:
#   - schemas/kpi-policy.schema.json is a valid draft-07 schema;
#   - every policies/**/*.yaml is valid against it;
#   - every Tests/Fixtures/schema-invalid/*.yaml is rejected by it. A fixture may name the reason it
#     must be rejected for with a comment line `# expect: TEXT`; the validator's output must contain TEXT.
#
# Usage: scripts/check-schema.sh   (from anywhere; paths are relative to the repository root)
# The Python virtual environment is ${KPI_VENV:-.venv}; check-jsonschema is installed into it when missing.
# Prints one line per check and ends with `N passed, M failed`; exits 1 when any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

venv="${KPI_VENV:-.venv}"
schema="schemas/kpi-policy.schema.json"

if [[ ! -x "$venv/bin/check-jsonschema" ]]; then
    echo "installing check-jsonschema into $venv" >&2
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check check-jsonschema >&2
fi
checker="$venv/bin/check-jsonschema"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'pass  %s\n' "$1"; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL  %s: %s\n' "$1" "$2"
    if [[ -n "${3:-}" ]]; then printf '%s\n' "$3" | sed 's/^/      /'; fi
}

# The schema itself.
if output="$("$checker" --check-metaschema "$schema" 2>&1)"; then
    pass "$schema is a valid JSON Schema"
else
    fail "$schema" "not a valid JSON Schema" "$output"
fi

# Every example policy must be valid.
mapfile -t policies < <(find policies -type f \( -name '*.yaml' -o -name '*.yml' \) | LC_ALL=C sort)
if [[ ${#policies[@]} -eq 0 ]]; then
    fail "policies/" "no policy files found"
fi
for file in "${policies[@]}"; do
    if output="$("$checker" --schemafile "$schema" "$file" 2>&1)"; then
        pass "$file is valid"
    else
        fail "$file" "rejected, but it is an example policy" "$output"
    fi
done

# Every invalid fixture must be rejected, for the reason it names.
mapfile -t fixtures < <(find Tests/Fixtures/schema-invalid -type f -name '*.yaml' | LC_ALL=C sort)
if [[ ${#fixtures[@]} -eq 0 ]]; then
    fail "Tests/Fixtures/schema-invalid/" "no fixtures found"
fi
for file in "${fixtures[@]}"; do
    expect="$(sed -n 's/^# expect: //p' "$file" | head -n 1)"
    status=0
    output="$("$checker" --schemafile "$schema" "$file" 2>&1)" || status=$?
    if [[ $status -eq 0 ]]; then
        fail "$file" "accepted, but it must be rejected"
    elif [[ -n "$expect" && "$output" != *"$expect"* ]]; then
        fail "$file" "rejected, but not with \"$expect\"" "$output"
    else
        pass "$file is rejected${expect:+ ($expect)}"
    fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
