#!/usr/bin/env bash
# Benchmarks (issue #8): builds the silo, the web front end and the bench in Release, then starts a throwaway
# PostgreSQL 15 (fsync on) from the machine's binaries and a real silo and web front end on free loopback ports,
# runs every measurement, prints the figures and a Markdown table, and writes both to bench/results/ (git-ignored).
#   bench/run.sh --quick    # about 3 minutes
#   bench/run.sh            # the full run: parts 1–5 and 7 about 15 minutes, part 6 (a million cases and persons, twice) 10–20 minutes each
#   bench/run.sh --only 6 --gcdump   # national scale with heap snapshots by type (dotnet-gcdump)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results/logs
echo "Building (Release)…"
for project in src/Silo src/WebFrontend bench/AntiTrafficking.Bench; do
    dotnet build "$project" -c Release -v quiet -nologo >bench/results/logs/build.log 2>&1 || { cat bench/results/logs/build.log; exit 1; }
done
# The silo as deploy/docker/silo.Dockerfile publishes it: ReadyToRun, so it starts without compiling its code first
# (cold start, part 5). `--silo src/Silo/bin/Release/net10.0` measures the plain Release build instead.
echo "Publishing the silo (ReadyToRun)…"
dotnet publish src/Silo -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o bench/results/silo -v quiet -nologo >bench/results/logs/publish.log 2>&1 || { cat bench/results/logs/publish.log; exit 1; }
exec dotnet bench/AntiTrafficking.Bench/bin/Release/net10.0/AntiTrafficking.Bench.dll --root "$(pwd)" "$@" --silo bench/results/silo
