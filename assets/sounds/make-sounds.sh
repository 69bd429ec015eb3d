#!/bin/sh
# shellcheck disable=SC2086  # $SOX, $F, $ROOM are option lists, split on purpose
# make-sounds.sh: regenerate every sound ebb plays, from nothing.
#
#   sh assets/sounds/make-sounds.sh
#
# Everything is synthesised with sox (sine partials, exponential decays,
# brown noise); no recorded samples are used. Output is written next to this
# script. Runs are repeatable: sox -R fixes the noise seed, -D turns dither
# off, intermediates are 32-bit float, and the Vorbis encoder is
# deterministic, so the same sox/libvorbis produce byte-identical files.
#
# ebb is used in moments of anxiety, often with eyes closed. So every sound:
#   - is soft and warm: sine partials only, nothing above ~2.5 kHz that is
#     not quickly decaying and quiet; no sharp attacks;
#   - starts and ends in true silence (a few ms of digital silence plus a
#     raised-cosine fade), so nothing clicks, however it is mixed;
#   - peaks at or below -7 dBFS (1 dB under the -6 dBFS rule, as headroom for
#     the lossy encoder), and is levelled by RMS so cues feel equally loud;
#   - has no DC offset (pure sines; the noise bed is high-passed).
# Check the result with: python3 assets/sounds/measure.py

set -eu

RATE=48000
OUT=$(cd "$(dirname "$0")" && pwd)
SOX="sox -R -D -V1"
# Intermediates: 32-bit float so nothing is quantised or dithered on the way.
F="-r $RATE -e floating-point -b 32"
QUALITY=4            # Vorbis quality (nominally ~128 kbit/s; far less here)
CEIL=-7              # peak ceiling before encoding, dBFS

command -v sox >/dev/null 2>&1 || { echo "make-sounds.sh: sox not found" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ebb-sounds.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# partial OUT LEN FREQ DECAY_DB
#   One mono sine partial LEN seconds long. FREQ may be a sweep ("262/314" is
#   an exponential glide, i.e. a steady number of semitones per second). The
#   amplitude falls exponentially by DECAY_DB over LEN (0 = steady), which is
#   how struck bars and bowls ring: sox's "exp" wave, one cycle per LEN, used
#   as an amplitude modulator.
partial() {
	$SOX -n $F -c 1 "$1" synth "$2" sine "$3" \
		synth "$2" exp amod "$(calc "1/$2")" 0 0 0 "$(calc "$4/2")"
}

# mix OUT VOL1 FILE1 VOL2 FILE2 ...: sum files with explicit weights.
mix() {
	o=$1; shift
	n=$#
	while [ "$n" -gt 0 ]; do     # VOL FILE ... -> -v VOL FILE ...
		set -- "$@" -v "$1" "$2"; shift 2; n=$((n - 2))
	done
	$SOX -m "$@" $F "$o"
}

# level IN OUT TARGET_RMS
#   Set the RMS of IN to TARGET_RMS dBFS, unless that would push the peak over
#   CEIL, in which case the peak decides (i.e. gain -n at CEIL or lower). Done
#   last, after any reverb, so reverb can never make a file clip.
level() {
	stats=$($SOX "$1" -n stats 2>&1)
	pk=$(echo "$stats" | awk '/^Pk lev dB/ { print $4 }')
	rms=$(echo "$stats" | awk '/^RMS lev dB/ { print $4 }')
	g=$(awk -v t="$3" -v r="$rms" -v c="$CEIL" -v p="$pk" \
		'BEGIN { a = t - r; b = c - p; printf "%.3f", (a < b ? a : b) }')
	$SOX "$1" $F "$2" gain "$g"
}

# encode IN NAME: 48 kHz stereo Ogg Vorbis, next to this script.
encode() {
	$SOX "$1" -r $RATE -c 2 -C $QUALITY "$OUT/$2"
}

# finish IN OUT FADE_IN FADE_OUT LEN PAD
#   Trim to LEN, raised-cosine ("h") fades at both ends, then PAD seconds of
#   digital silence either side. The half-sine fade starts with zero slope, so
#   even the first milliseconds after the pad stay far below -50 dBFS; the pad
#   also keeps any codec pre-echo out of the first and last 5 ms.
finish() {
	$SOX "$1" $F "$2" trim 0 "$5" fade h "$3" "$5" "$4" pad "$6" "$6"
}

# A shared small, soft room so the cues sound like they belong together.
# (reverberance, HF damping, room scale, stereo depth, pre-delay, wet gain)
ROOM="reverb 30 70 40 100 8 -10"

# ---------------------------------------------------------------------------
# in.ogg: the in-breath. Two partials (a fundamental and a quiet octave)
# glide UP a minor third, C4 -> Eb4, while swelling in over half a second:
# the pitch and the level both "fill up", like the lungs. The attack is slow
# so it never startles; the release is short because the breath continues
# after the cue.
len=0.80
partial "$TMP/in1.wav" $len 262/314 0
partial "$TMP/in2.wav" $len 524/628 3     # octave, a touch less sustained
mix "$TMP/in-m.wav" 0.55 "$TMP/in1.wav" 0.12 "$TMP/in2.wav"
$SOX "$TMP/in-m.wav" $F "$TMP/in-e.wav" fade h 0.45 $len 0.28 \
	gain -12 channels 2 pad 0 0.3 $ROOM
finish "$TMP/in-e.wav" "$TMP/in-f.wav" 0 0.10 0.90 0.010
level "$TMP/in-f.wav" "$TMP/in.wav" -23
encode "$TMP/in.wav" in.ogg

# ---------------------------------------------------------------------------
# out.ogg: the out-breath, the mirror of "in": the same soft timbre gliding
# DOWN a major third, E4 -> C4, so it comes home to the pitch "in" starts
# from. It arrives quicker and lets go slowly (a sigh: short rise, long
# release), and is a little longer, as out-breaths are. Rising vs falling
# contour plus swell vs sigh envelope make in and out easy to tell apart with
# eyes closed.
len=0.98
partial "$TMP/out1.wav" $len 330/262 0
partial "$TMP/out2.wav" $len 660/524 6
mix "$TMP/out-m.wav" 0.55 "$TMP/out1.wav" 0.10 "$TMP/out2.wav"
$SOX "$TMP/out-m.wav" $F "$TMP/out-e.wav" fade h 0.16 $len 0.70 \
	gain -12 channels 2 pad 0 0.3 $ROOM
finish "$TMP/out-e.wav" "$TMP/out-f.wav" 0 0.12 1.08 0.010
level "$TMP/out-f.wav" "$TMP/out.wav" -23
encode "$TMP/out.wav" out.ogg

# ---------------------------------------------------------------------------
# hold.ogg: the hold. Not a tone but a soft wooden "tok": a short tap whose
# two modes (C5 and an inharmonic 2.6x above, as in a wooden bar) die away
# within a third of a second. A steady rest needs no movement, so the cue
# has no glide at all, and its percussive shape is unlike the swelling in
# and out tones. The 3 ms attack is a felt mallet, not a click.
len=0.29
partial "$TMP/hold1.wav" $len 523 30
partial "$TMP/hold2.wav" $len 1360 70    # upper mode dies much faster
mix "$TMP/hold-m.wav" 0.60 "$TMP/hold1.wav" 0.14 "$TMP/hold2.wav"
$SOX "$TMP/hold-m.wav" $F "$TMP/hold-e.wav" fade h 0.003 \
	gain -12 channels 2 pad 0 0.1 reverb 15 80 20 100 0 -10
finish "$TMP/hold-e.wav" "$TMP/hold-f.wav" 0 0.06 0.29 0.008
level "$TMP/hold-f.wav" "$TMP/hold.wav" -20
encode "$TMP/hold.wav" hold.ogg

# ---------------------------------------------------------------------------
# bell.ogg: a singing bowl, for session start and end and "bell" steps.
# Three partials at 1 : 2.76 : 5.4 (the bowl's own inharmonic modes) on A3.
# Higher modes decay faster, so the sound starts with a little shimmer and
# settles into a pure low hum. Each partial is detuned by under 2 Hz in the
# right channel: where the channels meet (in the room, or a mono mix) they
# beat slowly, the bowl's characteristic "wah-wah", and on headphones it
# gives width without any effect. Light reverb, then a long fade so it rings
# out rather than stops.
len=4.0
for ch in L R; do
	if [ $ch = L ]; then d1=0; d2=0; d3=0; else d1=0.55; d2=1.2; d3=1.9; fi
	partial "$TMP/b1$ch.wav" $len "$(calc "220+$d1")"  20
	partial "$TMP/b2$ch.wav" $len "$(calc "607.2+$d2")" 38
	partial "$TMP/b3$ch.wav" $len "$(calc "1188+$d3")" 60
	mix "$TMP/b$ch.wav" 0.50 "$TMP/b1$ch.wav" 0.22 "$TMP/b2$ch.wav" \
		0.09 "$TMP/b3$ch.wav"
done
$SOX -M "$TMP/bL.wav" "$TMP/bR.wav" $F "$TMP/bell-m.wav" \
	fade h 0.015 gain -12 pad 0 0.5 reverb 40 60 70 100 15 -8
finish "$TMP/bell-m.wav" "$TMP/bell-f.wav" 0 1.2 3.95 0.025
level "$TMP/bell-f.wav" "$TMP/bell.wav" -24.5
encode "$TMP/bell.wav" bell.ogg

# ---------------------------------------------------------------------------
# chime.ogg: a very soft, short chime for a grounding tap. Higher and lighter
# than the bell (G5 plus a quiet octave and a faint 2.76x sparkle), so it
# reads as "small acknowledgement", never as a session boundary. It decays
# fast and is levelled a little quieter than the cues, because the ear is
# more sensitive up here.
len=0.38
partial "$TMP/c1.wav" $len 784 36
partial "$TMP/c2.wav" $len 1568 54
partial "$TMP/c3.wav" $len 2164 70
mix "$TMP/chime-m.wav" 0.55 "$TMP/c1.wav" 0.12 "$TMP/c2.wav" 0.04 "$TMP/c3.wav"
$SOX "$TMP/chime-m.wav" $F "$TMP/chime-e.wav" fade h 0.005 \
	gain -12 channels 2 pad 0 0.2 $ROOM
finish "$TMP/chime-e.wav" "$TMP/chime-f.wav" 0 0.12 0.38 0.008
level "$TMP/chime-f.wav" "$TMP/chime.wav" -23
encode "$TMP/chime.wav" chime.ogg

# ---------------------------------------------------------------------------
# bed-brown.ogg: the optional ambient bed. Brown noise (each channel its own,
# for width), low-passed twice at 560 Hz (nothing hissy) and high-passed at
# 60 Hz: raw brown noise puts most of its energy below 60 Hz, a rumble that
# small speakers cannot play and headphones turn into pressure; cutting it
# leaves a warm, distant, steady surf (40-320 Hz) and no DC. It is
# deliberately steady: any swell in it would be a second breathing rhythm
# competing with the session's.
#
# It must loop without a seam. We keep 30 s of the noise as the body and
# crossfade the 2 s that follow it (the "tail") onto the body's first 2 s
# with equal-power quarter-sine curves. The file then starts with exactly the
# audio that came right after its last sample, so sample N-1 -> sample 0 is
# an ordinary step of one continuous noise signal, and the level does not
# dip in the fade because the two sides are uncorrelated.
#
# Vorbis is lossy, though: its (inaudible) coding error is continuous inside
# the file but independent at its two ends, so after decoding, the seam can
# carry a small step, heard as a faint tick every 30 s. How big depends on
# how the encoder happens to treat those two spots, so we make takes of the
# loop from successive stretches of the same noise, encode each, and keep
# the first whose decoded seam is as smooth as the bed itself: a jump no
# bigger than 1.5 ordinary (RMS) steps and no burst of highs at the seam (or,
# failing that, the best take). 3 s of filter settling are thrown away.
$SOX -n $F -c 2 "$TMP/bed-n.wav" synth 48 brownnoise brownnoise \
	gain -12 highpass 60 lowpass 560 lowpass 560 trim 3

# seam_click FILE: how much the loop seam of FILE stands out, in dB: the peak
# of its content above 1.2 kHz (where a tick would be heard over this bed)
# within 2 ms either side of the seam, relative to the same peak over the
# rest of the second around it. At or below 0 the seam is not audible.
seam_click() {
	n=$(soxi -s "$1")
	$SOX "$1" $F "$TMP/wrap-a.wav" trim "$((n - 24000))s"
	$SOX "$1" $F "$TMP/wrap-b.wav" trim 0 24000s
	$SOX "$TMP/wrap-a.wav" "$TMP/wrap-b.wav" -t dat - sinc -t 200 1200 |
	awk '/^;/ { next }
	{
		i++; p = $2 < 0 ? -$2 : $2
		if (NF > 2) { q = $3 < 0 ? -$3 : $3; if (q > p) p = q }
		if (i > 23904 && i <= 24096) { if (p > near) near = p }
		else if ((i > 2000 && i < 23500) || (i > 24500 && i < 46000)) {
			if (p > far) far = p
		}
	}
	END {
		if (near <= 0) print -99
		else printf "%.1f\n", 20 * log(near / far) / log(10)
	}'
}

# seam_jump FILE: the larger, over both channels, of the jump from the last
# sample to the first, in units of that channel's RMS sample-to-sample step.
seam_jump() {
	n=$(soxi -s "$1")
	for ch in 1 2; do
		first=$($SOX "$1" -t dat - remix $ch trim 0 1s | awk '!/^;/ { print $2 }')
		last=$($SOX "$1" -t dat - remix $ch trim "$((n - 1))s" | awk '!/^;/ { print $2 }')
		step=$($SOX "$1" -n remix $ch stat 2>&1 | awk '/^RMS +delta/ { print $3 }')
		awk -v a="$first" -v b="$last" -v s="$step" \
			'BEGIN { d = a - b; if (d < 0) d = -d; printf "%.3f\n", d / s }'
	done | sort -n | tail -n 1
}

best="" best_bad=""
take=0
while [ $take -lt 24 ]; do
	o=$(calc "$take * 0.5")
	$SOX "$TMP/bed-n.wav" $F "$TMP/bed-head.wav" trim "$o" 2 fade q 2
	$SOX "$TMP/bed-n.wav" $F "$TMP/bed-rest.wav" trim "$(calc "$o + 2")" 28
	$SOX "$TMP/bed-n.wav" $F "$TMP/bed-tail.wav" trim "$(calc "$o + 30")" 2 \
		fade q 0 2 2
	mix "$TMP/bed-xf.wav" 1 "$TMP/bed-head.wav" 1 "$TMP/bed-tail.wav"
	$SOX "$TMP/bed-xf.wav" "$TMP/bed-rest.wav" $F "$TMP/bed-l.wav"
	level "$TMP/bed-l.wav" "$TMP/bed.wav" -30
	$SOX "$TMP/bed.wav" -r $RATE -c 2 -C $QUALITY "$TMP/bed-$take.ogg"
	click=$(seam_click "$TMP/bed-$take.ogg")
	jump=$(seam_jump "$TMP/bed-$take.ogg")
	# badness <= 0 means both tests pass; otherwise the worse one, in dB
	bad=$(awk -v c="$click" -v j="$jump" 'BEGIN {
		if (j < 0.01) j = 0.01
		b = 20 * log(j / 1.5) / log(10); if (c > b) b = c; printf "%.2f", b }')
	if [ -z "$best" ] || awk "BEGIN { exit !($bad < $best_bad) }"; then
		best=$take best_bad=$bad best_click=$click best_jump=$jump
	fi
	awk "BEGIN { exit !($bad <= 0) }" && break
	take=$((take + 1))
done
cp "$TMP/bed-$best.ogg" "$OUT/bed-brown.ogg"
echo "make-sounds.sh: bed loop take $best: seam jump ${best_jump} steps," \
	"highs ${best_click} dB vs the bed"

echo "make-sounds.sh: wrote in, out, hold, bell, chime and bed-brown .ogg in $OUT"
