#!/usr/bin/env python3
"""Measure ebb's sounds and check them against the sound rules.

    python3 assets/sounds/measure.py [DIR] [--markdown]

Decodes every sound with sox (to raw 32-bit float, so nothing is dithered)
and prints, per file: duration, peak, RMS, DC offset, the peak of the first
and last 5 ms, the momentary loudness of each cue, a rough pitch at 30% and
70% of its length, and for the ambient bed how big the step across the loop
point (last sample -> first sample) is compared with its ordinary
sample-to-sample steps. --markdown prints the table for the README.
Exits 0 if every rule holds, 1 if any is broken, 2 if it cannot run.
Takes well under 5 s.

Levels are dBFS where a full-scale sine peaks at 0 dBFS and has an RMS of
-3 dBFS. RMS is over the whole file and all channels.

The rules (see assets/sounds/README.md):
  * 48 kHz, 1 or 2 channels, duration within the range given for the file;
  * peak <= -6 dBFS everywhere (nothing clips, even with volume headroom);
  * cues are soft and about equally loud: RMS in the cue range, and in, hold
    and out within a few dB of each other, both in RMS and in momentary
    loudness (EBU R 128 style, approximate); the bell and the chime at most
    2.5 dB louder than those; the bed is quieter;
  * no clicks: the first and last 5 ms of every sound except the looping bed
    peak below -50 dBFS;
  * no DC offset;
  * "in" glides up and "out" glides down (so they are told apart by ear);
  * the bed loops without a seam: the jump from its last sample to its first
    is at most 3 typical (RMS) steps and no bigger than the largest ordinary
    step, there is no burst of highs (a tick) at the seam, and the level
    either side of it matches.
"""

import array
import itertools
import math
import operator
import os
import shutil
import subprocess
import sys

RATE = 48000

# name: (min seconds, max seconds, min RMS dBFS, max RMS dBFS, kind)
SOUNDS = {
    "in.ogg":        (0.6, 1.0, -25.0, -19.0, "cue"),
    "hold.ogg":      (0.2, 0.4, -25.0, -19.0, "cue"),
    "out.ogg":       (0.8, 1.2, -25.0, -19.0, "cue"),
    "bell.ogg":      (3.0, 5.0, -25.0, -19.0, "cue"),
    "chime.ogg":     (0.3, 0.6, -26.0, -20.0, "cue"),
    "bed-brown.ogg": (20.0, 40.0, -33.0, -27.0, "loop"),
}
PEAK_MAX_DB = -6.0          # hard ceiling for every file
EDGE_SECONDS = 0.005        # the windows that must be silent
EDGE_MAX_DB = -50.0
DC_MAX_DB = -60.0           # |mean| of each channel
BREATH_SPREAD_DB = 3.0      # in / hold / out RMS within this of each other
LOUD_SPREAD_DB = 3.0        # ... and their momentary loudness too
LOUD_OVER_DB = 2.5          # bell/chime at most this much louder than those
LOOP_JUMP_TYPICAL = 3.0     # loop jump <= 3 typical (RMS) steps ...
LOOP_JUMP_LARGEST = 1.0     # ... and <= the largest ordinary step
LOOP_CLICK_MAX_DB = 3.0     # seam's >1.2 kHz peak vs the bed's own, dB
LOOP_LEVEL_SECONDS = 0.25   # level compared over this much either side
LOOP_LEVEL_MAX_DB = 4.0
# BS.1770 K-weighting, approximated with sox filters: the +4 dB high shelf
# (the head's acoustic effect) and the low-cut of the "RLB" curve.
K_WEIGHTING = ["treble", "4", "1681", "0.707q", "highpass", "38", "0.5q"]


def db(x):
    return 20.0 * math.log10(x) if x > 0 else -math.inf


def fmt(x):
    return "-inf" if x == -math.inf else "%.1f" % x


def info(path):
    """(channels, sample rate) from the file's header."""
    out = subprocess.run(["soxi", path], capture_output=True,
                         text=True, check=True).stdout
    fields = {}
    for line in out.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return int(fields["Channels"]), int(float(fields["Sample Rate"]))


def decode(path, nch, effects=()):
    """Return a float array of interleaved samples in [-1, 1]."""
    raw = subprocess.run(
        ["sox", "-D", "-V1", path, "-t", "raw", "-e", "floating-point",
         "-b", "32", "-L", "-c", str(nch), "-"] + list(effects),
        capture_output=True, check=True).stdout
    a = array.array("f")
    a.frombytes(raw)
    if sys.byteorder != "little":
        a.byteswap()
    return a


def peak(a):
    return max(max(a), -min(a)) if len(a) else 0.0


def rms(a):
    if not len(a):
        return 0.0
    return math.sqrt(math.fsum(map(operator.mul, a, a)) / len(a))


def momentary(k, nch):
    """Highest momentary loudness (400 ms windows, 100 ms hop, as in
    EBU R 128), in LUFS, from K-weighted interleaved samples k. Windows past
    the end count the missing part as silence, so a short tap is not rated
    as if it lasted 400 ms. An approximation (sox filters stand in for the
    exact K-weighting biquads) but good to a few tenths of a dB for judging
    which cue sounds louder."""
    win, hop = int(0.4 * RATE), int(0.1 * RATE)
    frames = len(k) // nch
    # prefix sums of the squares of the interleaved samples: the energy of
    # frames [s, e) summed over channels is sq[e * nch] - sq[s * nch]
    sq = [0.0] + list(itertools.accumulate(x * x for x in k))
    best = 0.0
    for s in range(0, max(1, frames - hop), hop):
        e = min(frames, s + win)
        best = max(best, (sq[e * nch] - sq[s * nch]) / win)
    if nch == 1:
        best *= 2                     # a mono file is played on both speakers
    return -0.691 + 10 * math.log10(best) if best > 0 else -math.inf


def glide(ch0, n):
    """Rough pitch (Hz) near 30% and 70% of the sound, by zero crossings
    over a 150 ms window: enough to tell a rising tone from a falling one."""
    w = int(0.15 * RATE)

    def freq(centre):
        s = max(0, int(centre * n) - w // 2)
        seg = ch0[s:s + w]
        crossings = sum(1 for a, b in zip(seg, seg[1:]) if (a < 0) != (b < 0))
        return crossings / 2.0 / (len(seg) / RATE)
    return freq(0.3), freq(0.7)


def measure(path, kind):
    nch, sr = info(path)
    a = decode(path, nch)
    frames = len(a) // nch
    chans = [a[c::nch] for c in range(nch)]
    edge = int(EDGE_SECONDS * RATE) * nch
    m = {
        "channels": nch,
        "rate": sr,
        "duration": frames / float(sr),
        "peak": db(peak(a)),
        "rms": db(rms(a)),
        "dc": max(db(abs(math.fsum(c) / len(c))) for c in chans) if frames else 0,
        "head": db(peak(a[:edge])),
        "tail": db(peak(a[-edge:])),
        "size": os.path.getsize(path),
        "glide": (0.0, 0.0),
        "loud": -math.inf,
        "loop_jump": math.inf,
        "loop_jump_max": math.inf,
        "loop_click": math.inf,
        "loop_level": math.inf,
    }
    if frames < 2:
        return m
    if kind == "cue":
        m["glide"] = glide(chans[0], frames)
        m["loud"] = momentary(decode(path, nch, K_WEIGHTING), nch)
        return m
    # Loop seam, per channel: the jump |x[0] - x[N-1]| against the ordinary
    # steps x[n] - x[n-1] (their RMS, "typical", and their maximum: the seam
    # must be no bigger a step than the noise itself ever takes), and the
    # level just before the seam against just after it.
    jumps, rel, lvl = [], [], []
    k = min(int(LOOP_LEVEL_SECONDS * RATE), frames // 2)
    for c in chans:
        steps = array.array("f", map(float.__sub__, c[1:], c[:-1]))
        step_rms = rms(steps)
        jump = abs(c[0] - c[-1])
        jumps.append(jump / step_rms if step_rms else math.inf)
        rel.append(jump / peak(steps) if len(steps) and peak(steps) else math.inf)
        lvl.append(abs(db(rms(c[-k:])) - db(rms(c[:k]))))
    m["loop_jump"] = max(jumps)
    m["loop_jump_max"] = max(rel)
    m["loop_level"] = max(lvl)
    m["loop_click"] = seam_click(a, nch)
    return m


def seam_click(a, nch):
    """How much the loop seam stands out as a click, in dB: the peak of the
    content above 1.2 kHz (where this bed has almost nothing, so a tick
    would be heard) within 2 ms of the seam, against the same peak over the
    rest of the second around it, with the file played end -> start."""
    half = min(RATE // 2, len(a) // nch // 2)
    wrap = a[-half * nch:] + a[:half * nch]
    if sys.byteorder != "little":
        wrap.byteswap()
    out = subprocess.run(
        ["sox", "-D", "-V1", "-t", "raw", "-e", "floating-point", "-b", "32",
         "-L", "-r", str(RATE), "-c", str(nch), "-", "-t", "raw", "-e",
         "floating-point", "-b", "32", "-L", "-", "sinc", "-t", "200", "1200"],
        input=wrap.tobytes(), capture_output=True, check=True).stdout
    h = array.array("f")
    h.frombytes(out)
    if sys.byteorder != "little":
        h.byteswap()
    near = int(0.002 * RATE)
    edge, gap = int(0.04 * RATE), int(0.01 * RATE)   # skip filter edges
    around = peak(h[nch * (half - near):nch * (half + near)])
    rest = max(peak(h[nch * edge:nch * (half - gap)]),
               peak(h[nch * (half + gap):nch * (2 * half - edge)]))
    return db(around) - db(rest) if rest > 0 else math.inf


def check(name, m, rules):
    lo, hi, rlo, rhi, kind = rules
    bad = []
    if m["rate"] != RATE:
        bad.append("rate %d Hz, want %d" % (m["rate"], RATE))
    if m["channels"] not in (1, 2):
        bad.append("%d channels" % m["channels"])
    if not lo <= m["duration"] <= hi:
        bad.append("duration %.2f s outside %.1f-%.1f s" % (m["duration"], lo, hi))
    if m["peak"] > PEAK_MAX_DB:
        bad.append("peak %s dBFS > %.0f" % (fmt(m["peak"]), PEAK_MAX_DB))
    if not rlo <= m["rms"] <= rhi:
        bad.append("RMS %s dBFS outside %.0f..%.0f" % (fmt(m["rms"]), rlo, rhi))
    if m["dc"] > DC_MAX_DB:
        bad.append("DC offset %s dBFS > %.0f" % (fmt(m["dc"]), DC_MAX_DB))
    if kind == "cue":
        if m["head"] >= EDGE_MAX_DB:
            bad.append("first 5 ms peak %s dBFS (click)" % fmt(m["head"]))
        if m["tail"] >= EDGE_MAX_DB:
            bad.append("last 5 ms peak %s dBFS (click)" % fmt(m["tail"]))
    else:
        if m["loop_jump"] > LOOP_JUMP_TYPICAL:
            bad.append("loop jump is %.2f x the typical step (> %.0f)"
                       % (m["loop_jump"], LOOP_JUMP_TYPICAL))
        if m["loop_jump_max"] > LOOP_JUMP_LARGEST:
            bad.append("loop jump is %.2f x the largest ordinary step"
                       % m["loop_jump_max"])
        if m["loop_click"] > LOOP_CLICK_MAX_DB:
            bad.append("loop seam clicks: %.1f dB above the bed's own highs"
                       % m["loop_click"])
        if m["loop_level"] > LOOP_LEVEL_MAX_DB:
            bad.append("level across loop differs by %.1f dB" % m["loop_level"])
    f0, f1 = m["glide"]
    if name == "in.ogg" and not f1 > f0 * 1.03:
        bad.append("does not glide up (%.0f -> %.0f Hz)" % (f0, f1))
    if name == "out.ogg" and not f1 < f0 / 1.03:
        bad.append("does not glide down (%.0f -> %.0f Hz)" % (f0, f1))
    return bad


def report(results, markdown):
    """The table of figures, as text or as Markdown for the README."""
    cols = ("file", "dur s", "peak", "RMS", "loud", "DC", "first 5ms",
            "last 5ms", "pitch Hz", "bytes")
    rows = []
    for name, m in results.items():
        loop = SOUNDS[name][4] == "loop"
        rows.append((
            name, "%.3f" % m["duration"], fmt(m["peak"]), fmt(m["rms"]),
            "–" if loop else fmt(m["loud"]), fmt(m["dc"]),
            "(loops)" if loop else fmt(m["head"]),
            "(loops)" if loop else fmt(m["tail"]),
            "–" if loop else "%.0f→%.0f" % m["glide"], str(m["size"])))
    seams = [
        (name, "%.2f× typical (RMS) step, %.2f× the largest step; "
               "click %+.1f dB vs the bed's own highs; level %.1f dB apart"
         % (m["loop_jump"], m["loop_jump_max"], m["loop_click"],
            m["loop_level"]))
        for name, m in results.items() if SOUNDS[name][4] == "loop"]
    if markdown:
        print("| " + " | ".join(cols) + " |")
        print("|---" + "|---:" * (len(cols) - 1) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        for name, text in seams:
            print("\nLoop seam of %s: %s." % (name, text))
        return
    widths = [max(len(c), *(len(r[i]) for r in rows)) if rows else len(c)
              for i, c in enumerate(cols)]
    for r in [cols] + rows:
        print("  ".join(x.ljust(w) if i == 0 else x.rjust(w)
                        for i, (x, w) in enumerate(zip(r, widths))))
    for name, text in seams:
        print("loop seam of %s: %s" % (name, text))


def main(argv):
    markdown = "--markdown" in argv
    args = [x for x in argv if x != "--markdown"]
    if any(x.startswith("-") for x in args) or len(args) > 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    if not os.path.isdir(folder):
        print("measure.py: no such folder: %s" % folder, file=sys.stderr)
        return 2
    if not shutil.which("sox") or not shutil.which("soxi"):
        print("measure.py: sox/soxi not found", file=sys.stderr)
        return 2

    results, problems = {}, []
    for name, rules in SOUNDS.items():
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            problems.append("%s: missing" % name)
            continue
        try:
            m = measure(path, rules[4])
        except (subprocess.CalledProcessError, OSError, KeyError,
                ValueError) as e:
            problems.append("%s: cannot decode (%s)" % (name, e))
            continue
        results[name] = m
        problems += ["%s: %s" % (name, b) for b in check(name, m, rules)]

    trio = [n for n in ("in.ogg", "hold.ogg", "out.ogg") if n in results]
    if len(trio) == 3:
        for key, limit, what in (("rms", BREATH_SPREAD_DB, "RMS"),
                                 ("loud", LOUD_SPREAD_DB, "loudness")):
            v = [results[n][key] for n in trio]
            if max(v) - min(v) > limit:
                problems.append("in/hold/out %s spread %.1f dB > %.1f"
                                % (what, max(v) - min(v), limit))
        top = max(results[n]["loud"] for n in trio)
        for n in ("bell.ogg", "chime.ogg"):
            if n in results and results[n]["loud"] > top + LOUD_OVER_DB:
                problems.append("%s: %.1f dB louder than the breath cues"
                                % (n, results[n]["loud"] - top))

    report(results, markdown)
    if problems:
        print("\nFAIL:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if not markdown:
        print("\nall sound rules hold")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
