#!/bin/sh
# Builds the fuzz target with clang (in build-fuzz/) and fuzzes the script
# engine for SECONDS (default 60). Seeds: the regression corpus, the
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
echo "run-fuzz.sh: fuzzing for ${secs}s"
# -timeout: one input taking over 10 s is a hang; -max_len lets scripts grow
# to a few dozen lines.
# shellcheck disable=SC2086
"$fuzzer" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -dict="$root/tests/fuzz/script.dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/" \
    "$build/fuzz-corpus" $seeds
