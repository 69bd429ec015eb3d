/* No clicks: a session with the ambient bed, driven in real time through
 * SDL's disk audio driver, paused, resumed, muted, turned down and up,
 * skipped, a recording played, cut short and played to its end, and quit
 * while sounding. Each of those moments must fade: no step between
 * neighbouring samples may be larger than the sounds themselves make. */
#include <time.h>

#include "app/audio_file.h"
#include "core/voice.h"
#include "offscreen.h"

#define RATE 48000
#define TONE_MS 600
#define TONE_PEAK 8000 /* about -12 dBFS: a recording that starts and ends loud */
#define TAU 6.283185307179586

static char dir[256];

static int64_t clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A recording as a microphone may leave it: a tone cut off at both ends,
 * starting and ending at its peak. */
static void write_tone(const char *path)
{
    size_t n = (size_t)RATE * TONE_MS / 1000;
    int16_t *s = malloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = (int16_t)(TONE_PEAK * cos(TAU * 440.0 * (double)i / RATE));
    size_t len;
    unsigned char *wav = voice_wav_encode(s, n, RATE, &len);
    FILE *f = fopen(path, "wb");
    CHECK(wav && f && fwrite(wav, 1, len, f) == len);
    if (f)
        fclose(f);
    free(wav);
    free(s);
}

/* The largest step between neighbouring samples of one channel. */
static int largest_step(const int16_t *s, size_t frames, int channels, size_t *at)
{
    int worst = 0;
    for (size_t i = 1; i < frames; i++)
        for (int c = 0; c < channels; c++) {
            int d = abs(s[i * channels + c] - s[(i - 1) * channels + c]);
            if (d > worst) {
                worst = d;
                if (at)
                    *at = i;
            }
        }
    return worst;
}

/* A sound file's own largest step, decoded as ebb decodes it. */
static int file_step(const char *path)
{
    SDL_AudioSpec spec = {.freq = RATE, .format = AUDIO_S16SYS, .channels = 2};
    int64_t frames = 0;
    char why[600];
    int16_t *c = audio_file_decode(path, &spec, &frames, why, sizeof why);
    CHECK(c != NULL);
    if (!c)
        return 0;
    int worst = largest_step(c, (size_t)frames, 2, NULL);
    printf("largest step inside %s: %d\n", strrchr(path, '/') + 1, worst);
    free(c);
    return worst;
}

typedef struct {
    int at_ms;
    const char *what;
} Moment;

static void act(App *a, ActionKind k, int64_t now)
{
    app_action(a, (Action){.kind = k}, now);
}

/* Runs the moments in real time, updating the app every few ms. */
static void run_moments(App *a, const char *tone, int64_t t0, const Moment *m, int n)
{
    char why[512];
    int next = 0;
    for (;;) {
        int64_t now = clock_ms();
        int elapsed = (int)(now - t0);
        while (next < n && elapsed >= m[next].at_ms) {
            const char *w = m[next].what;
            if (!strcmp(w, "pause") || !strcmp(w, "resume"))
                act(a, ACTION_PAUSE_ONLY, now);
            else if (!strcmp(w, "mute") || !strcmp(w, "unmute"))
                act(a, ACTION_MUTE, now);
            else if (!strcmp(w, "down"))
                act(a, ACTION_VOLUME_DOWN, now);
            else if (!strcmp(w, "up"))
                act(a, ACTION_VOLUME_UP, now);
            else if (!strcmp(w, "skip"))
                act(a, ACTION_SKIP, now);
            else if (!strcmp(w, "play"))
                CHECK(audio_play_file(a->sh.audio, tone, why, sizeof why));
            else if (!strcmp(w, "stop"))
                audio_stop_file(a->sh.audio);
            next++;
        }
        if (next == n)
            return;
        app_update(a, now);
        SDL_Delay(4);
    }
}

static void every_stop_and_start_fades(void)
{
    char raw[300], tone[300], script[300];
    snprintf(raw, sizeof raw, "%s/fades.raw", dir);
    snprintf(tone, sizeof tone, "%s/tone.wav", dir);
    snprintf(script, sizeof script, "%s/fades.ebb", dir);
    write_tone(tone);
    FILE *f = fopen(script, "w");
    fputs("title: Fades\nbell 6s\nrest 30s\n", f);
    fclose(f);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", raw, 1);

    Offscreen o;
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = 100;
    opt.ambient = true;
    opt.no_checkin = true;
    CHECK_INT(offscreen_open(&o, 320, 240, &opt), EXIT_OK);
    App *a = &o.app;
    int64_t t0 = clock_ms();
    app_open_audio(a, t0);
    CHECK(a->sh.audio && !audio_silent(a->sh.audio));
    if (!a->sh.audio || audio_silent(a->sh.audio)) {
        offscreen_close(&o);
        return;
    }
    char path[600];
    snprintf(path, sizeof path, "%s/sounds/bell.ogg", EBB_TEST_DATA_DIR);
    int bound = 2 * file_step(path); /* the opening bell and the step's may ring together */
    snprintf(path, sizeof path, "%s/sounds/bed-brown.ogg", EBB_TEST_DATA_DIR);
    bound += file_step(path);
    bound += file_step(tone);
    printf("bound: %d (the sum of those, as if all sounded at once)\n", bound);

    char err[512];
    Next start = {.kind = NEXT_START, .session = script, .checkin = false};
    CHECK(app_start(a, start, t0, err, sizeof err));
    /* The bed swells in over 1.5 s; the bell rings from 0, and again from
     * the skip past the lead-in; each moment falls while something sounds. */
    static const Moment moments[] = {
        {400, "pause"},
        {800, "resume"},
        {1100, "mute"},
        {1400, "unmute"},
        {1700, "down"},
        {1760, "down"},
        {1820, "down"},
        {1880, "down"},
        {1940, "down"},
        {2100, "up"},
        {2160, "up"},
        {2220, "up"},
        {2280, "up"},
        {2340, "up"},
        {2600, "skip"},
        {2900, "pause"},
        {3200, "resume"},
        {3500, "play"},
        {3800, "stop"},
        {4000, "play"},
        {4000 + TONE_MS + 200, "quit"},
    };
    int n = (int)(sizeof moments / sizeof moments[0]);
    run_moments(a, tone, t0, moments, n);
    offscreen_close(&o); /* quits while the bell and the bed sound */
    int64_t t_end = clock_ms();

    FILE *rf = fopen(raw, "rb");
    CHECK(rf != NULL);
    if (!rf)
        return;
    fseek(rf, 0, SEEK_END);
    long bytes = ftell(rf);
    fseek(rf, 0, SEEK_SET);
    /* One frame of silence after the end: the device stops there. */
    int16_t *s = calloc((size_t)bytes / 4 + 1, 4);
    size_t frames = fread(s, 4, (size_t)bytes / 4, rf);
    fclose(rf);
    int peak = 0;
    for (size_t i = 0; i < frames * 2; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    printf("recorded %.2f s, peak %d\n", frames / (double)RATE, peak);
    /* On a busy machine the disk driver's clock runs slow: the moments are
     * looked for where that puts them, for the report. */
    double scale = frames / ((double)(t_end - t0) * RATE / 1000);
    CHECK(frames > (size_t)RATE * 2);
    CHECK(peak > 3000); /* the bell and the tone were heard */
    size_t at = 0;
    int worst = largest_step(s, frames + 1, 2, &at);
    printf("largest step in the recording: %d at %.1f ms\n", worst, at * 1000.0 / RATE);
    for (int i = 0; i < n; i++) {
        size_t from = (size_t)((moments[i].at_ms - 100) * scale * RATE / 1000);
        size_t to = (size_t)((moments[i].at_ms + 150) * scale * RATE / 1000);
        if (to > frames + 1)
            to = frames + 1;
        if (from < to)
            printf("  around %-6s at %4d ms: largest step %d\n", moments[i].what, moments[i].at_ms,
                   largest_step(s + from * 2, to - from, 2, NULL));
    }
    CHECK(worst <= bound);
    free(s);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/ebb-fades-XXXXXX");
    if (!mkdtemp(dir))
        return 2;
    if (SDL_Init(0) != 0)
        return 2;
    RULE("pause, resume, mute, volume, skip, a recording and quitting never click",
         every_stop_and_start_fades);
    SDL_Quit();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return CHECK_DONE();
}
