#!/bin/sh
# Builds the fuzz targets with clang (in build-fuzz/) and fuzzes each in
# turn, one core at a time. By hand, with no SECONDS, each target runs
# until 1,000,000 executions (EBB_FUZZ_RUNS to change it); given SECONDS,
# as CI does, that total is shared evenly among the targets (the build is
# not counted). Name targets to fuzz only those.
#
# Seeds: tests/fuzz/corpus/TARGET (and, for scripts, the golden scripts and
# the built-in sessions). New inputs go to build-fuzz/fuzz-corpus/TARGET.
# Whatever libFuzzer saves goes to build-fuzz/fuzz-artifacts/TARGET/ (emptied
# as each target starts) and is named at the end with its target:
# - crash-*, leak-*, oom-* (a sanitizer report or a broken invariant): the
#   other targets still run, then the run fails (exit 1). Fix it, then keep
#   the input in tests/fuzz/corpus/TARGET so that fuzz_corpus_TARGET
#   replays it for good.
# - timeout-* (one input over -timeout) stops libFuzzer: the input is saved,
#   the target starts again for what is left of its time or executions (at
#   most 3 times), and the run goes on. slow-unit-* (over
#   -report_slow_units) is saved without stopping anything. Neither fails
#   the run on its own, since a loaded machine can make any input slow:
#   both are listed as SLOW at the end, to be timed alone with
#   build/tests/fuzz_replay_TARGET FILE, which tells a hang from a busy
#   machine. docs/testing.md has the figures.
# Usage: tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...]   Exit 77 (skipped) without clang.
all_targets="script history prefs caring wav duration iso options"

seconds=
case ${1:-} in
    "" | [a-z]*) ;;
    *[!0-9]* | 0) echo "usage: tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...] (targets: $all_targets)"; exit 2 ;;
    *) seconds=$1; shift ;;
esac
targets=${*:-$all_targets}
for t in $targets; do
    case " $all_targets " in
        *" $t "*) ;;
        *) echo "run-fuzz.sh: no target '$t' (targets: $all_targets)"; exit 2 ;;
    esac
done
# shellcheck disable=SC2086  # a list of targets
set -- $targets
count=$#
runs=${EBB_FUZZ_RUNS:-1000000}

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${EBB_FUZZ_BUILD:-$root/build-fuzz}
if ! command -v clang >/dev/null 2>&1; then
    echo "run-fuzz.sh: clang is not installed; skipped"
    exit 77
fi
CC=clang cmake -S "$root" -B "$build" -DEBB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
names=""
for t in $targets; do names="$names fuzz_$t"; done
# shellcheck disable=SC2086  # a list of targets
cmake --build "$build" --target $names -j "$(nproc 2>/dev/null || echo 2)" >/dev/null || exit 1

if [ -n "$seconds" ]; then
    each=$((seconds / count))
    [ "$each" -ge 5 ] || each=5
    echo "run-fuzz.sh: fuzzing $* for ${each}s each"
else
    echo "run-fuzz.sh: fuzzing $* until $runs executions each"
fi

# What suits each input: its longest input, how long one may take, words.
options_for() {
    case $1 in
        script) echo "-max_len=8192 -timeout=30 -report_slow_units=10" ;;
        wav) echo "-max_len=8192 -timeout=10 -report_slow_units=5" ;;
        duration | iso) echo "-max_len=64 -timeout=10 -report_slow_units=5" ;;
        options) echo "-max_len=512 -timeout=10 -report_slow_units=5 -close_fd_mask=3" ;;
        *) echo "-max_len=4096 -timeout=10 -report_slow_units=5" ;;
    esac
}

seeds_for() {
    s="$root/tests/fuzz/corpus/$1"
    if [ "$1" = script ]; then
        s="$s $root/tests/scripts/good $root/tests/scripts/bad"
        [ -d "$root/assets/sessions" ] && s="$s $root/assets/sessions"
    fi
    echo "$s"
}

# Executions libFuzzer reported in log $1: its final stats, or its last status line.
executions() {
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -n 1)
    [ -n "$n" ] || n=$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$1" | tail -n 1)
    echo "${n:-0}"
}

failed="" slow="" total_runs=0
for t in $targets; do
    fuzzer=$(find "$build" -name "fuzz_$t" -type f -perm -u+x | head -n 1)
    [ -n "$fuzzer" ] || { echo "run-fuzz.sh: fuzz_$t was not built"; exit 1; }
    art="$build/fuzz-artifacts/$t"
    rm -rf "$art" # what an earlier run saved was named then; this run's, at its end
    mkdir -p "$build/fuzz-corpus/$t" "$art"
    dict=""
    [ -f "$root/tests/fuzz/$t.dict" ] && dict="-dict=$root/tests/fuzz/$t.dict"
    done_runs=0 spent=0 tries=0 status=0
    log="$build/fuzz-$t.log"
    : >"$log"
    while :; do
        if [ -n "$seconds" ]; then
            limit="-max_total_time=$((each - spent))"
        else
            limit="-runs=$((runs - done_runs))"
        fi
        start=$(date +%s)
        # shellcheck disable=SC2046,SC2086  # option and folder lists
        "$fuzzer" "$limit" $(options_for "$t") -rss_limit_mb=2048 -error_exitcode=77 -timeout_exitcode=70 \
            $dict -print_final_stats=1 -artifact_prefix="$art/" \
            "$build/fuzz-corpus/$t" $(seeds_for "$t") >"$log.part" 2>&1
        status=$?
        spent=$((spent + $(date +%s) - start))
        done_runs=$((done_runs + $(executions "$log.part")))
        cat "$log.part" >>"$log"
        tries=$((tries + 1))
        # A slow input stops libFuzzer: go on with what is left, a few times.
        if [ "$status" -ne 70 ] || [ "$tries" -ge 4 ]; then break; fi
        echo "run-fuzz.sh: $t: one input took too long (saved in $art/); going on"
        if [ -n "$seconds" ]; then [ "$spent" -lt "$each" ] || break; else [ "$done_runs" -lt "$runs" ] || break; fi
    done
    rm -f "$log.part"
    total_runs=$((total_runs + done_runs))
    rate=$((done_runs / (spent > 0 ? spent : 1)))
    case $status in
        0) echo "run-fuzz.sh: $t: $done_runs executions in ${spent}s ($rate/s), no crash" ;;
        70) echo "run-fuzz.sh: $t: $done_runs executions in ${spent}s ($rate/s), stopped by slow inputs" ;;
        *)
            echo "run-fuzz.sh: $t: FAILED after $done_runs executions (exit $status); the report:"
            grep -E -A24 'ERROR:|invariant broken' "$log" | head -n 40
            failed="$failed $t"
            ;;
    esac
    for f in "$art"/crash-* "$art"/leak-* "$art"/oom-* "$art"/timeout-* "$art"/slow-unit-*; do
        [ -f "$f" ] || continue
        case $(basename "$f") in
            timeout-* | slow-unit-*) slow="$slow $t:$f" ;;
            *) echo "run-fuzz.sh: $t: input saved: $f" ;;
        esac
    done
done

for s in $slow; do
    echo "run-fuzz.sh: SLOW input for ${s%%:*}: ${s#*:}"
done
if [ -n "$failed" ]; then
    echo "run-fuzz.sh: the fuzzers found problems in:$failed (logs: $build/fuzz-TARGET.log)"
    exit 1
fi
echo "run-fuzz.sh: $total_runs executions over $count targets, no crash or leak"
