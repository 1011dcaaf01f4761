#!/usr/bin/env bash
# Checks kpi's pre-commit hooks with pre-commit itself (from PyPI, pinned in requirements-ci.txt):
#   - `pre-commit validate-manifest .pre-commit-hooks.yaml`;
#   - in a temporary git repository, a good policy commits and a bad one is refused with its finding
#     shown, through an installed hook (`pre-commit install` + `git commit`);
#   - `pre-commit try-repo` of this repository on that temporary repository fails the same way.
# The runs use the `kpi-lint-system` hook with the kpi built here on PATH. The `kpi-lint` hook
# (`language: swift`) builds kpi inside pre-commit's cache, which takes minutes on a small machine;
# its manifest is validated always, and KPI_PRECOMMIT_SWIFT=1 also runs it through try-repo.
#
# Usage: scripts/check-pre-commit.sh   (KPI_BIN: the kpi binary; default: a debug build)
# Prints one line per check and ends with `N passed, M failed`; exits 1 when any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$(cd "${KPI_VENV:-.venv}" && pwd)"
precommit="$venv/bin/pre-commit"

if [[ -z "${KPI_BIN:-}" ]]; then
    swift build --product kpi 2>&1 | grep -vE "^warning: 'main'" | tail -n 1 >&2
    KPI_BIN="$(swift build --show-bin-path)/kpi"
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'pass  %s\n' "$1"; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL  %s: %s\n' "$1" "$2"
    if [[ -n "${3:-}" ]]; then printf '%s\n' "$3" | tail -n 40 | sed 's/^/      /'; fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Everything pre-commit and git need stays in the temporary folder, and kpi is the one built here.
export PRE_COMMIT_HOME="$work/cache" PRE_COMMIT_COLOR=never NO_COLOR=1
export GIT_AUTHOR_NAME="kpi check" GIT_AUTHOR_EMAIL="check@kpi.invalid" GIT_COMMITTER_NAME="kpi check" GIT_COMMITTER_EMAIL="check@kpi.invalid"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export PATH="$(dirname "$KPI_BIN"):$PATH"
unset GITHUB_ACTIONS

if output="$("$precommit" validate-manifest .pre-commit-hooks.yaml 2>&1)"; then
    pass "pre-commit validate-manifest .pre-commit-hooks.yaml"
else
    fail "validate-manifest" "rejected" "$output"
fi

# A repository with one good policy; the bad one comes in the second commit.
repo="$work/repo"
mkdir -p "$repo/policies"
git -C "$repo" init -q -b main
cp policies/start-with-three/team.yaml "$repo/policies/good.yaml"
bad_finding="KPI \`checkout-latency\` has 2 owners (ana, ben); name exactly one"
write_bad() {
    cat >"$repo/policies/bad.yaml" <<'YAML'
apiVersion: kpi/v1
team:
  id: checkout
  name: Checkout
  people:
    ana: { name: Ana Lima, roles: [ml-engineer] }
    ben: { name: Ben Okafor, roles: [ml-engineer] }
  reviews:
    weekly-sync: { every: week }
kpis:
  checkout-latency:
    name: Checkout latency (P99)
    category: model-performance
    measures: Time from a checkout request to its response at the 99th percentile.
    owner: [ana, ben]
    unit: ms
    better: lower
    measurement: { metric: checkout_latency_ms, statistic: p99, window: 7d, every: realtime }
    review: weekly-sync
    target: "< 800 ms"
    baseline: { from: 2026-08-03, to: 2026-08-16, value: 1.2 s }
    improvement: { change: -30%, within: 60d }
YAML
}

# 1. An installed hook blocks the commit. The hooks repository holds this working tree's manifest,
#    so uncommitted changes to it are checked too.
hooks="$work/hooks"
mkdir -p "$hooks"
cp .pre-commit-hooks.yaml "$hooks/"
git -C "$hooks" init -q -b main
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m "kpi hooks"
rev="$(git -C "$hooks" rev-parse HEAD)"
cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: kpi-lint-system
YAML
(cd "$repo" && "$precommit" install >/dev/null)
git -C "$repo" add .pre-commit-config.yaml policies/good.yaml
if output="$(cd "$repo" && git commit -q -m "a good policy" 2>&1)"; then
    pass "an installed hook lets a good policy commit"
else
    fail "commit of a good policy" "refused" "$output"
fi
write_bad
git -C "$repo" add policies/bad.yaml
before="$(git -C "$repo" rev-parse HEAD)"
status=0
output="$(cd "$repo" && git commit -q -m "a bad policy" 2>&1)" || status=$?
if [[ $status -ne 0 && "$(git -C "$repo" rev-parse HEAD)" == "$before" && "$output" == *"$bad_finding"* && "$output" == *"policies/bad.yaml:15:12: error:"* ]]; then
    pass "an installed hook refuses the bad policy's commit and shows its finding"
else
    fail "commit of a bad policy" "exit $status; the commit must fail and show \"$bad_finding\"" "$output"
fi

# 2. `pre-commit try-repo` of this repository, on the staged bad policy. try-repo takes committed
#    and staged hooks files of this repository.
status=0
output="$(cd "$repo" && "$precommit" try-repo "$root" kpi-lint-system 2>&1)" || status=$?
if [[ $status -ne 0 && "$output" == *"kpi lint (kpi on PATH)"*"Failed"* && "$output" == *"$bad_finding"* ]]; then
    pass "pre-commit try-repo (kpi-lint-system) fails on the bad policy and shows its finding"
else
    fail "pre-commit try-repo kpi-lint-system" "exit $status" "$output"
fi
rm "$repo/policies/bad.yaml"
git -C "$repo" rm -q --cached policies/bad.yaml
if output="$(cd "$repo" && "$precommit" try-repo "$root" kpi-lint-system --all-files 2>&1)"; then
    pass "pre-commit try-repo (kpi-lint-system) passes on the good policy alone"
else
    fail "pre-commit try-repo on the good policy" "failed" "$output"
fi

# 3. Optionally, the Swift hook end to end: pre-commit builds kpi from this repository.
if [[ "${KPI_PRECOMMIT_SWIFT:-}" == "1" ]]; then
    write_bad
    git -C "$repo" add policies/bad.yaml
    status=0
    output="$(cd "$repo" && PATH="/usr/bin:/bin:/usr/local/bin:$(dirname "$(command -v swift)")" "$precommit" try-repo "$root" kpi-lint 2>&1)" || status=$?
    if [[ $status -ne 0 && "$output" == *"$bad_finding"* ]]; then
        pass "pre-commit try-repo (kpi-lint, language: swift) builds kpi and fails on the bad policy"
    else
        fail "pre-commit try-repo kpi-lint" "exit $status" "$output"
    fi
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
