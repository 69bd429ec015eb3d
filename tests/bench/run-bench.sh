#!/bin/sh
# ebb's benchmark: start-up, CPU and memory against a bare SDL program that
# only animates one soft circle (tests/bench/ref_circle.c), on a private
# Xvfb; and the timeline's accuracy, simulated and heard. Prints a table
# with the command behind each figure, then the targets as PASS or FAIL.
#
# Usage: tests/bench/run-bench.sh [--quick] [--only GROUPS] [BUILD_DIR]
#   (BUILD_DIR: default build)
#   --quick  fewer and shorter runs (about 2 minutes, for CI); its figures
#            are printed, never judged.
#   --only   only these groups of rows, comma-separated: frame (first
#            frames), cpu-s, cpu-m, cpu-full (CPU and RSS at 960x640,
#            1280x720, 1920x1080; cpu is all three), idle, core, timeline.
#            Only their targets are printed and judged.
# Exit: 0 measured (and, in full mode, every target met), 1 a target missed,
# 2 something could not be measured, 77 a tool is missing.
set -u

quick=0
only=all
while [ $# -gt 0 ]; do
    case $1 in
    --quick) quick=1; shift ;;
    --only) only=${2:?run-bench.sh: --only needs a list of groups}; shift 2 ;;
    --only=*) only=${1#--only=}; shift ;;
    -*) echo "run-bench.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done
only=$(echo ",$only," | sed 's/,cpu,/,cpu-s,cpu-m,cpu-full,/')
for g in $(echo "$only" | tr ',' ' '); do
    case $g in all | frame | cpu-s | cpu-m | cpu-full | idle | core | timeline) ;;
    *) echo "run-bench.sh: --only: unknown group $g (frame, cpu, cpu-s, cpu-m, cpu-full, idle, core, timeline)" >&2; exit 2 ;;
    esac
done
wanted() { # GROUP: whether its rows are measured
    case $only in *,all,* | *,"$1",*) return 0 ;; esac
    return 1
}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac

if [ "$quick" = 1 ]; then
    FF_RUNS=3 CPU_S=5 ROUNDS=1 IDLE_S=5 SIM_RUNS=2 AUDIO_CYCLES=2
else
    # A start takes 70-90 ms and one run in a few lands 10 ms off on a shared
    # machine: 31 runs each keep the medians within a few per cent run to run.
    FF_RUNS=31 CPU_S=30 ROUNDS=2 IDLE_S=30 SIM_RUNS=20 AUDIO_CYCLES=3
fi
# calm opens with a 4 s lead-in and 7 s of words: breathing is on from 11 s.
BREATHING_FROM_S=12

for tool in Xvfb xdotool xwininfo awk cmake; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-bench.sh: $tool is not installed; skipped"; exit 77; }
done

# Build what is measured (an optimised build, as users get it).
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" >/dev/null || exit 2
fi
cmake --build "$build" --target ebb ref_circle first_frame timeline_sim cue_onsets core_bench test_audio_clock -j 2 >/dev/null || {
    echo "run-bench.sh: the build failed (first_frame needs libX11)"; exit 2; }
ebb=$build/ebb
ref=$build/tests/bench/ref_circle
probe=$build/tests/bench/first_frame

# A scratch home: no one's preferences or history read or written.
tmp=$(mktemp -d /tmp/ebb-bench.XXXXXX)
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
# No sound card here: the dummy driver still runs ebb's mix in real time.
export SDL_AUDIODRIVER=dummy
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER

# A private X server with its default black root (first_frame relies on it).
n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
export DISPLAY=":$n"
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 2' INT TERM
i=0
until xdotool getdisplaygeometry >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "run-bench.sh: Xvfb did not start"; cat "$tmp/xvfb.log"; exit 2; }
    sleep 0.1
done

hz=$(getconf CLK_TCK)
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
rows=$tmp/rows
targets=$tmp/targets
: >"$rows"
: >"$targets"
broken=0

row() { # FIGURE VALUE COMMAND
    printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$rows"
}
ticks() { # utime + stime of a process and all its threads
    sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $12 + $13}'
}
now_ns() { date +%s%N; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
mean() { awk '{s += $1} END {if (NR) printf "%.2f\n", s / NR; else print "nan"}'; }
short() { echo "$*" | sed "s|$build/|build/|g; s|$root/||g"; }

# ---------------------------------------------------------------- first frame
if wanted frame; then
    echo "== exec -> first frame, $FF_RUNS runs each, interleaved" >&2
    ff() { # LABEL COMMAND...: appends "content_ms" to $tmp/ff.LABEL
        label=$1
        shift
        out=$("$probe" "$@" 2>>"$tmp/ff.err") || { broken=1; return; }
        echo "$out" | awk '{print $2}' >>"$tmp/ff.$label"
    }
    "$probe" "$ebb" >/dev/null 2>&1   # warm the page cache; not counted
    "$probe" "$ref" >/dev/null 2>&1
    # Each program takes each place in the order in turn, so that none is
    # always the one started just after another.
    for i in $(seq "$FF_RUNS"); do
        case $((i % 3)) in
        0) ff start "$ebb"; ff calm "$ebb" --no-checkin calm; ff ref "$ref" ;;
        1) ff calm "$ebb" --no-checkin calm; ff ref "$ref"; ff start "$ebb" ;;
        2) ff ref "$ref"; ff start "$ebb"; ff calm "$ebb" --no-checkin calm ;;
        esac
    done
    ff_start=$(median <"$tmp/ff.start")
    ff_calm=$(median <"$tmp/ff.calm")
    ff_ref=$(median <"$tmp/ff.ref")
    row "first frame, ebb start screen (median ms)" "$ff_start" "$(short "$probe $ebb")"
    row "first frame, ebb calm (median ms)" "$ff_calm" "$(short "$probe $ebb --no-checkin calm")"
    row "first frame, reference (median ms)" "$ff_ref" "$(short "$probe $ref")"
fi

# ------------------------------------------------------------- CPU and memory
# run_cpu LABEL GEOMETRY WAIT_S CMD...: starts CMD, sets its window to
# GEOMETRY (WxH; full: 1920x1080 at 0,0), waits WAIT_S, measures CPU over
# CPU_S (the program's and the X server's), then peak RSS. With UNMAP set,
# the window is unmapped (as minimised) before measuring.
run_cpu() {
    label=$1 geom=$2 wait_s=$3
    shift 3
    "$@" >/dev/null 2>>"$tmp/run.err" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -n 1)
    if [ -z "$wid" ]; then
        echo "run-bench.sh: no window from: $*" >&2
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        broken=1
        return
    fi
    # Xvfb has no window manager to honour -f: the window is placed as one would.
    if [ "$geom" = full ]; then
        xdotool windowmove "$wid" 0 0 windowsize "$wid" 1920 1080
    else
        xdotool windowsize "$wid" "${geom%x*}" "${geom#*x}"
    fi
    sleep "$wait_s"
    [ -n "${PAUSE_KEY:-}" ] && { xdotool windowfocus --sync "$wid" key "$PAUSE_KEY"; sleep 1; }
    [ -n "${UNMAP:-}" ] && { xdotool windowunmap "$wid"; sleep 1; }
    t0=$(now_ns) c0=$(ticks "$pid") x0=$(ticks "$xvfb")
    sleep "$CPU_S"
    t1=$(now_ns) c1=$(ticks "$pid") x1=$(ticks "$xvfb")
    size=$(xwininfo -id "$wid" 2>/dev/null | awk '/Width:/ {w = $2} /Height:/ {h = $2} END {print w "x" h}')
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ -z "$c1" ] || [ -z "$hwm" ]; then
        echo "run-bench.sh: $* ended early" >&2
        broken=1
        return
    fi
    awk -v c0="$c0" -v c1="$c1" -v x0="$x0" -v x1="$x1" -v t0="$t0" -v t1="$t1" -v hz="$hz" \
        -v hwm="$hwm" -v size="$size" 'BEGIN {
        secs = (t1 - t0) / 1e9
        printf "%.3f %.3f %.1f %s\n", (c1 - c0) / hz / secs * 60, (x1 - x0) / hz / secs * 60, hwm / 1024, size
    }' >>"$tmp/cpu.$label"
}
cpu_row() { # LABEL WHAT COMMAND: the mean of the rounds
    f=$tmp/cpu.$1
    [ -s "$f" ] || { row "CPU s/min, $2" "n/a" "$3"; return; }
    cpu=$(awk '{print $1}' "$f" | mean)
    xs=$(awk '{print $2}' "$f" | mean)
    rss=$(awk '{print $3}' "$f" | mean)
    size=$(awk '{print $4}' "$f" | head -n 1)
    row "CPU s/min, $2 ($size)" "$cpu" "$3  [X server: +$xs s/min]"
    row "peak RSS MB, $2" "$rss" "(same run: VmHWM)"
    eval "cpu_$1=\$cpu rss_$1=\$rss"
}

if wanted cpu-s || wanted cpu-m || wanted cpu-full; then
    echo "== CPU and memory, $ROUNDS round(s) of ${CPU_S}s each, interleaved" >&2
fi
for _ in $(seq "$ROUNDS"); do
    wanted cpu-s && run_cpu ebb_s 960x640 "$BREATHING_FROM_S" "$ebb" --no-checkin calm
    wanted cpu-s && run_cpu ref_s 960x640 2 "$ref"
    wanted cpu-m && run_cpu ebb_m 1280x720 "$BREATHING_FROM_S" "$ebb" --no-checkin calm
    wanted cpu-m && run_cpu ref_m 1280x720 2 "$ref"
    wanted cpu-full && run_cpu ebb_full full "$BREATHING_FROM_S" "$ebb" -f --no-checkin calm
    wanted cpu-full && run_cpu ref_full full 2 "$ref" -f
done
measure="then xdotool windowsize; /proc/PID/stat utime+stime over ${CPU_S}s"
for which in s m; do # (cpu_row sets $size)
    wanted "cpu-$which" || continue
    cpu_row "ebb_$which" "ebb calm breathing" "$(short "$ebb") --no-checkin calm; from t=${BREATHING_FROM_S}s, $measure"
    cpu_row "ref_$which" "reference" "$(short "$ref"); from t=2s, $measure"
done
if wanted cpu-full; then
    cpu_row ebb_full "ebb calm breathing, fullscreen" "$(short "$ebb") -f --no-checkin calm; from t=${BREATHING_FROM_S}s, $measure"
    cpu_row ref_full "reference, fullscreen" "$(short "$ref") -f; from t=2s, $measure"
fi

if wanted idle; then
    echo "== CPU while paused, on the start screen and unmapped, ${IDLE_S}s each" >&2
    CPU_S=$IDLE_S
    PAUSE_KEY=space
    run_cpu paused 960x640 "$BREATHING_FROM_S" "$ebb" --no-checkin calm
    PAUSE_KEY=
    run_cpu start 960x640 2 "$ebb"
    UNMAP=1
    run_cpu unseen 960x640 "$BREATHING_FROM_S" "$ebb" --no-checkin calm
    UNMAP=
    measure="/proc/PID/stat utime+stime over ${IDLE_S}s"
    cpu_row paused "ebb paused" "$(short "$ebb") --no-checkin calm; xdotool key space at t=${BREATHING_FROM_S}s, $measure"
    cpu_row start "ebb start screen" "$(short "$ebb"); from t=2s, $measure"
    cpu_row unseen "ebb breathing, window unmapped (as minimised)" "$(short "$ebb") --no-checkin calm; xdotool windowunmap at t=${BREATHING_FROM_S}s, $measure (sound goes on)"

fi
if wanted core; then
    echo "== the core: the longest script planned, a 100 000-record history summarised" >&2
    core_cmd="$build/tests/bench/core_bench $tmp/history.tsv"
    if $core_cmd >"$tmp/core" 2>&1; then :; else broken=1; cat "$tmp/core" >&2; fi
    core() { awk -v k="$1" '$1 == k {print $2}' "$tmp/core"; }
    plan_ms=$(core plan_ms)
    history_ms=$(core history_ms)
    row "plan $(core plan_steps) steps, $(core plan_breaths) breaths (median CPU ms)" "$plan_ms" "$(short "$core_cmd") (loader_load_text; 7 runs; wall $(core plan_wall_ms) ms)"
    row "summarise $(core history_records) history records (median CPU ms)" "$history_ms" "(same; history_load + progress_compute, as the progress screen; wall $(core history_wall_ms) ms)"
fi

# ------------------------------------------------------------------- timeline
if wanted timeline; then
    echo "== the timeline, simulated (60 min, $SIM_RUNS runs) and heard" >&2
    sim_cmd="$build/tests/bench/timeline_sim $root/assets/sessions/calm.ebb 3600000 $SIM_RUNS"
    if $sim_cmd >"$tmp/sim" 2>&1; then :; else broken=1; cat "$tmp/sim" >&2; fi
    sim() { awk -v k="$1" '$1 == k {print $2}' "$tmp/sim"; }
    row "simulated 60 min: plan total (ms; asked 3600000)" "$(sim plan_total_ms)" "$(short "$sim_cmd")"
    row "simulated: end error, plan time at the end - total (ms)" "$(sim frames_end_error_ms)" "(same; random 1-50 ms frames)"
    row "simulated: cues fired / wrong (lost, repeated, early)" "$(sim frames_cues_fired) / $(sim frames_cues_wrong)" "(same; $(sim plan_cues) cues x $SIM_RUNS runs)"
    row "simulated: worst cue lateness, frames only (ms)" "$(sim frames_cue_late_worst_ms)" "(same; mean $(sim frames_cue_late_mean_ms))"
    row "simulated: worst cue lateness, waking for cues (ms)" "$(sim wake_cue_late_worst_ms)" "(same; as run.c does)"

    script=$tmp/onsets.ebb
    printf 'title: Onsets\nrest 2s\nbreathe in 3 hold 1.5 out 3.5 x %s\n' "$AUDIO_CYCLES" >"$script"
    "$ebb" --timeline "$script" >"$tmp/onsets.timeline"
    # The cues decoded as ebb decodes them, so that each onset is placed by its
    # own samples; without sox, at the first sample out of the silence.
    sounds=
    if command -v sox >/dev/null 2>&1; then
        mkdir -p "$tmp/sounds"
        for k in in hold out bell; do
            sox "$root/assets/sounds/$k.ogg" -t raw -r 48000 -e signed -b 16 -c 2 "$tmp/sounds/$k.raw" || broken=1
        done
        sounds=$tmp/sounds
fi
audio_cmd="SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=onsets.raw ebb --quit-at-end --no-checkin --volume 100 onsets.ebb"
t0=$(now_ns)
if SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$tmp/onsets.raw" timeout 120 "$ebb" --quit-at-end --no-checkin \
    --volume 100 "$script" >/dev/null 2>>"$tmp/run.err" && t1=$(now_ns) &&
    "$build/tests/bench/cue_onsets" "$tmp/onsets.raw" "$tmp/onsets.timeline" ${sounds:+"$sounds"} >"$tmp/onsets" 2>&1; then
    on() { awk -v k="$1" '$1 == k {print $2}' "$tmp/onsets"; }
    how=$([ -n "$sounds" ] && echo "each placed by its own samples" || echo "at the first sample out of silence (no sox)")
    # Cues keep to the device's clock; how far it ran from real time (the
    # recording's length over the run's, start-up included) is for context.
    disk=$(awk -v r="$(on recorded_s)" -v t0="$t0" -v t1="$t1" 'BEGIN {printf "%.3f", r / ((t1 - t0) / 1e9)}')
    # Cues are anchored again when the device strays a second from real
    # time, which a disk driver pacing itself on a busy machine can do.
    strayed=$(awk -v b="$disk" -v r="$(on recorded_s)" 'BEGIN {
        s = (b > 1 ? b - 1 : 1 - b) * r
        if (s > 0.8) printf "; the disk clock strayed about %.1f s from real time: cues were anchored again, a jump", s }')
    row "real run: cue onsets, worst error (ms)" "$(on onset_error_worst_ms)" \
        "$audio_cmd; cue_onsets onsets.raw TIMELINE SOUNDS (\"rest 2s / breathe in 3 hold 1.5 out 3.5 x $AUDIO_CYCLES\")"
    row "real run: cue onsets, mean error (ms)" "$(on onset_error_mean_ms)" \
        "(same; $(on onsets_found) onsets for $(on cues_planned) cues, $how; onset = a + b x plan, b = $(on driver_clock))"
    row "real run: opening bell, due before sound opens (ms late)" "$(on opening_bell_late_ms)" \
        "(same; it sounds as soon as the device is open, after the first frame)"
    row "real run: disk driver's clock (x real time)" "$disk" "(same; the recording's length over the run's$strayed)"
else
    broken=1
    cat "$tmp/onsets" >&2 2>/dev/null
    row "real run: cue onsets" "failed" "$audio_cmd"
fi

# The frame loop slowed to 2 Hz (as for a hidden window): cues still land.
slow_cmd="$build/tests/app/test_audio_clock $ebb 2hz"
if SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software $slow_cmd >"$tmp/slow" 2>&1; then
    row "frame loop at 2 Hz: cues heard / planned" "$(awk '/^2hz:/ {print $5 " / " $2}' "$tmp/slow")" "$(short "$slow_cmd")"
    row "frame loop at 2 Hz: worst error (ms)" "$(awk '/worst/ {print $2; exit}' "$tmp/slow")" \
        "(same; \"rest 2s / breathe in 2.3 hold 1.2 out 2.6 x 2\", each cue placed by its own samples)"
else
    broken=1
    cat "$tmp/slow" >&2
    row "frame loop at 2 Hz" "failed" "$(short "$slow_cmd")"
fi
fi

# -------------------------------------------------------------------- targets
under() { # NAME VALUE LIMIT: an absolute figure under a limit
    awk -v n="$1" -v a="$2" -v lim="$3" 'BEGIN {
        if (a == "" || a == "nan") { printf "%s\tn/a\t< %s\tFAIL\n", n, lim; exit }
        printf "%s\t%s\t< %s\t%s\n", n, a, lim, a + 0 < lim + 0 ? "PASS" : "FAIL"
    }' >>"$targets"
}
target() { # NAME EBB REF LIMIT
    awk -v n="$1" -v a="$2" -v b="$3" -v lim="$4" 'BEGIN {
        if (a == "" || b == "" || b + 0 <= 0) { printf "%s\tn/a\t<= %s\tFAIL\n", n, lim; exit }
        r = a / b
        printf "%s\t%.2f (%s / %s)\t<= %s\t%s\n", n, r, a, b, lim, r <= lim ? "PASS" : "FAIL"
    }' >>"$targets"
}
if wanted frame; then
        target "first frame, start screen / reference" "$ff_start" "$ff_ref" 1.1
        target "first frame, calm / reference" "$ff_calm" "$ff_ref" 1.1
fi
for which in s:960x640 m:1280x720 full:1920x1080; do
    w=${which%%:*}
    wanted "cpu-$w" || continue
    eval "target \"CPU ${which#*:} / reference\" \"\${cpu_ebb_$w:-}\" \"\${cpu_ref_$w:-}\" 0.5"
done
for which in s:960x640 m:1280x720 full:1920x1080; do
    w=${which%%:*}
    wanted "cpu-$w" || continue
    eval "target \"peak RSS ${which#*:} / reference\" \"\${rss_ebb_$w:-}\" \"\${rss_ref_$w:-}\" 1.3"
done
if wanted idle; then
        under "CPU paused (s/min)" "${cpu_paused:-}" 0.2
        under "CPU start screen (s/min)" "${cpu_start:-}" 0.2
        under "CPU unmapped, breathing (s/min)" "${cpu_unseen:-}" 0.2
fi
if wanted core; then
        under "plan 1000 steps, 10 000 breaths (ms)" "$plan_ms" 10
        under "summarise 100 000 records (ms)" "$history_ms" 50
fi

# ---------------------------------------------------------------------- print
echo
echo "ebb benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
    "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)$([ "$quick" = 1 ] && echo ', quick mode')"
echo "load average $load_before at the start, $(cut -d ' ' -f 1-3 /proc/loadavg) at the end (other work slows ebb more than the reference)"
echo "Xvfb :$n 1920x1080x24 (no window manager), SDL_AUDIODRIVER=dummy, HOME in a scratch folder;"
echo "runs of ebb and the reference interleaved; CPU and RSS are the mean of $ROUNDS round(s)"
echo
awk -F '\t' '{printf "%-56s %10s   %s\n", $1, $2, $3}' "$rows"
echo
awk -F '\t' '{printf "%-40s %-26s %-6s %s\n", $1, $2, $3, $4}' "$targets"
[ -s "$tmp/ff.err" ] && { echo; echo "first_frame said:"; sort -u "$tmp/ff.err"; }

if [ "$broken" = 1 ]; then
    echo "run-bench.sh: some figures could not be measured (see above)"
    exit 2
fi
if [ "$quick" = 0 ] && grep -q 'FAIL$' "$targets"; then
    exit 1
fi
exit 0
