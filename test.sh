#!/usr/bin/env bash
# Runs every test project of the solution (the engine, the grains on an in-process cluster, persistence on a
# throwaway PostgreSQL started from this machine's binaries, the web API) and prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")"
rm -rf TestResults
dotnet test AntiTrafficking.sln --logger trx --results-directory TestResults "$@"
status=$?
passed=0
failed=0
for trx in TestResults/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
