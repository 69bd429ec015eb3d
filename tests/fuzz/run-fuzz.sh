#!/bin/sh
# Builds the fuzz target with clang (in build-fuzz/) and fuzzes the script
# engine for at least SECONDS (default 60) and at least EBB_FUZZ_MIN_RUNS
# executions (default 1000000; at most EBB_FUZZ_MAX_SECONDS, 900). Seeds: the regression corpus, the
# built-in sessions and the golden scripts. New inputs go to
# build-fuzz/fuzz-corpus; a crash, leak or hang is written to
# build-fuzz/fuzz-artifacts/ and fails the run: fix it, then keep the input
# in tests/fuzz/corpus/ so that the fuzz_corpus test replays it for good.
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]    Exit 77 (skipped) without clang.
secs=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${EBB_FUZZ_BUILD:-$root/build-fuzz}
if ! command -v clang >/dev/null 2>&1; then
    echo "run-fuzz.sh: clang is not installed; skipped"
    exit 77
fi
CC=clang cmake -S "$root" -B "$build" -DEBB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
cmake --build "$build" --target fuzz_script -j "$(nproc 2>/dev/null || echo 2)" >/dev/null || exit 1
fuzzer=$(find "$build" -name fuzz_script -type f -perm -u+x | head -n 1)
[ -n "$fuzzer" ] || { echo "run-fuzz.sh: fuzz_script was not built"; exit 1; }
mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
seeds="$root/tests/fuzz/corpus $root/tests/scripts/good $root/tests/scripts/bad"
[ -d "$root/assets/sessions" ] && seeds="$seeds $root/assets/sessions"
min_runs=${EBB_FUZZ_MIN_RUNS:-1000000}
cap=${EBB_FUZZ_MAX_SECONDS:-900}
echo "run-fuzz.sh: fuzzing for at least ${secs}s and ${min_runs} executions (at most ${cap}s)"
# Rounds of libFuzzer until both the time and the number of executions are
# reached: the first round runs for the asked time, later ones for the runs
# still missing. -timeout: one input taking over 10 s is a hang; -max_len lets
# scripts grow to a few dozen lines.
runs=0
elapsed=0
round=0
start=$(date +%s)
while [ "$runs" -lt "$min_runs" ] || [ "$elapsed" -lt "$secs" ]; do
    round=$((round + 1))
    left=$((cap - elapsed))
    [ "$left" -gt 0 ] || { echo "run-fuzz.sh: stopped at the ${cap}s cap"; break; }
    if [ "$round" -eq 1 ]; then limit="-max_total_time=$secs"; else limit="-runs=$((min_runs - runs)) -max_total_time=$left"; fi
    # shellcheck disable=SC2086
    "$fuzzer" $limit -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -dict="$root/tests/fuzz/script.dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/" \
        "$build/fuzz-corpus" $seeds 2>"$build/fuzz-round.log"
    status=$?
    tail -n 12 "$build/fuzz-round.log"
    [ "$status" -eq 0 ] || { echo "run-fuzz.sh: the fuzzer found a problem (exit $status)"; exit 1; }
    done_now=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-round.log" | tail -n 1)
    runs=$((runs + ${done_now:-0}))
    elapsed=$(($(date +%s) - start))
done
echo "run-fuzz.sh: $runs executions in ${elapsed}s, $round round(s), no crash, leak or hang"
