/* Your caring lines in the app, headless: written, changed and let go by
 * keyboard; said into SDL's disk capture driver (a tone between silences)
 * and kept trimmed and levelled; no microphone said plainly; a caring step
 * drawn with a line; and (given the ebb binary) a recorded line heard in a
 * real session through the disk output driver. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/audio.h"
#include "app/input.h"
#include "app/screen_voice.h"
#include "core/caring.h"
#include "core/voice.h"
#include "audio_tap.h"
#include "offscreen.h"

#define RATE 48000
/* The disk driver's sleep after each of ebb's buffers, in whole ms. */
#define DISK_DELAY_MS (AUDIO_BUFFER_FRAMES * 1000 / RATE)

static char root[256];

static void push(const SDL_Event *e)
{
    SDL_Event copy = *e;
    SDL_PushEvent(&copy);
}

static void push_key(SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    push(&e);
}

/* Text as the window gets it: a single character (a key), or a whole word
 * at once (an input method, a paste of one event). */
static void push_text(const char *s)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    push(&e);
}

static void type(const char *s)
{
    for (; *s; s++) {
        char one[2] = {*s, 0};
        push_text(one);
    }
}

static void push_compose(const char *s)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTEDITING;
    snprintf(e.edit.text, sizeof e.edit.text, "%s", s);
    push(&e);
}

static void pump(App *a, int64_t now)
{
    SDL_Event e;
    while (SDL_PollEvent(&e))
        app_action(a, input_map(&e, 1.0f), now);
    app_update(a, now);
    app_draw(a, now);
}

/* A home of its own for each rule: no lines, no recordings. */
static void fresh_home(const char *name)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", root, name);
    mkdir(path, 0700);
    setenv("HOME", path, 1);
    snprintf(path, sizeof path, "%s/%s/config", root, name);
    setenv("XDG_CONFIG_HOME", path, 1);
    snprintf(path, sizeof path, "%s/%s/data", root, name);
    setenv("XDG_DATA_HOME", path, 1);
}

/* The paths as ebb would see them now: each rule has its own home. */
static const Paths *now_paths(void)
{
    static Paths p;
    offscreen_paths(&p);
    return &p;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t r; (r = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += r;
        if (n + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static void write_bytes(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    CHECK(f && fwrite(data, 1, n, f) == n);
    if (f)
        fclose(f);
}

/* The lines file as saved, without the notes ebb puts at the top. */
static char *saved_lines(void)
{
    char *text = slurp(now_paths()->caring_file, NULL);
    if (!text)
        return strdup("(no file)");
    char *out = calloc(1, strlen(text) + 1);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
        if (line[0] != '#')
            strcat(strcat(out, line), "\n");
    free(text);
    return out;
}

static VoiceScreen *voice_of(App *a)
{
    return app_screen_state(a, SCREEN_VOICE);
}

static void open_voice(Offscreen *o)
{
    CHECK_INT(offscreen_open(o, 960, 640, NULL), EXIT_OK);
    o->app.sh.started_from_menu = true;
    type("v");
    pump(&o->app, 0);
    CHECK_INT(o->app.screen, SCREEN_VOICE);
}

static void lines_are_written_changed_and_let_go_by_keyboard(void)
{
    fresh_home("keys");
    Offscreen o;
    open_voice(&o);
    App *a = &o.app;
    CHECK_INT(voice_of(a)->lines.nlines, 0);
    CHECK_INT(voice_of(a)->sel, 0); /* on "Add a line" */

    push_key(SDLK_RETURN);
    pump(a, 100);
    CHECK_INT(voice_of(a)->mode, VOICE_EDITING);
    CHECK(voice_of(a)->mode == VOICE_EDITING);
    type("You don't have to earn rest!"); /* 'v', 'r', 'd', 'f', 'm' are letters here */
    push_key(SDLK_BACKSPACE);
    type(".");
    pump(a, 200);
    CHECK_STR(voice_of(a)->edit, "You don't have to earn rest.");
    CHECK(a->screen == SCREEN_VOICE && !a->sh.muted);
    push_key(SDLK_RETURN);
    pump(a, 300);
    CHECK_INT(voice_of(a)->mode, VOICE_LIST);
    char *got = saved_lines();
    CHECK_STR(got, "You don't have to earn rest.\n");
    free(got);

    /* n writes a new line; an input method composes, then commits whole words. */
    type("n");
    pump(a, 400);
    CHECK_INT(voice_of(a)->mode, VOICE_EDITING);
    CHECK_INT(voice_of(a)->edit_line, -1);
    type("Je suis l");
    push_compose("à");
    pump(a, 500);
    CHECK_STR(voice_of(a)->compose, "à");
    CHECK_STR(voice_of(a)->edit, "Je suis l");
    push_compose("");
    push_text("à");
    push_text(" 🌙");
    push_key(SDLK_RETURN);
    pump(a, 600);
    got = saved_lines();
    CHECK_STR(got, "You don't have to earn rest.\nJe suis là 🌙\n");
    free(got);
    CHECK_INT(voice_of(a)->sel, 1);

    /* Enter changes the chosen line; the cursor moves by characters. */
    push_key(SDLK_UP);
    push_key(SDLK_RETURN);
    push_key(SDLK_HOME);
    type("Hey. ");
    push_key(SDLK_END);
    push_key(SDLK_LEFT);
    push_key(SDLK_BACKSPACE); /* the t of rest */
    type("T");
    pump(a, 700);
    CHECK_STR(voice_of(a)->edit, "Hey. You don't have to earn resT.");
    push_key(SDLK_ESCAPE); /* Esc leaves the line as it was */
    pump(a, 800);
    CHECK_INT(voice_of(a)->mode, VOICE_LIST);
    CHECK_STR(caring_line(&voice_of(a)->lines, 0)->text, "You don't have to earn rest.");
    push_key(SDLK_RETURN);
    push_key(SDLK_END);
    type(" Really.");
    push_key(SDLK_RETURN);
    pump(a, 900);
    got = saved_lines();
    CHECK_STR(got, "You don't have to earn rest. Really.\nJe suis là 🌙\n");
    free(got);

    /* Words that cannot be kept are said, and the writing goes on. */
    push_key(SDLK_RETURN);
    for (int i = 0; i < 40; i++)
        push_key(SDLK_BACKSPACE);
    push_key(SDLK_RETURN);
    pump(a, 1000);
    CHECK_INT(voice_of(a)->mode, VOICE_EDITING);
    CHECK_STR(a->sh.notice, "A line needs a few words.");
    push_key(SDLK_ESCAPE);
    pump(a, 1100);

    /* d asks first: Esc keeps the line, Enter lets it go. */
    type("d");
    pump(a, 1200);
    CHECK_INT(voice_of(a)->mode, VOICE_CONFIRM);
    push_key(SDLK_ESCAPE);
    pump(a, 1300);
    CHECK_INT(voice_of(a)->lines.nlines, 2);
    push_key(SDLK_DELETE);
    push_key(SDLK_RETURN);
    pump(a, 1400);
    CHECK_INT(voice_of(a)->lines.nlines, 1);
    got = saved_lines();
    CHECK_STR(got, "Je suis là 🌙\n");
    free(got);

    /* The mouse: a click chooses a row, a click on the chosen row writes. */
    int add_row = voice_of(a)->lines.nlines;
    int y = voice_of(a)->rows.y[add_row] + voice_of(a)->rows.h[add_row] / 2;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 480;
    e.button.y = y;
    push(&e);
    pump(a, 1500);
    CHECK_INT(voice_of(a)->sel, add_row);
    push(&e);
    pump(a, 1600);
    CHECK_INT(voice_of(a)->mode, VOICE_EDITING);
    push_key(SDLK_ESCAPE);
    push_key(SDLK_ESCAPE); /* and Esc goes back to the start */
    pump(a, 1700);
    CHECK_INT(a->screen, SCREEN_MENU);
    CHECK(a->running);
    offscreen_close(&o);
}

static void without_a_microphone_the_written_lines_still_work(void)
{
    fresh_home("no-mic");
    setenv("SDL_AUDIODRIVER", "nosuchdriver", 1);
    Offscreen o;
    open_voice(&o);
    App *a = &o.app;
    type("n");
    type("I'm here with you.");
    push_key(SDLK_RETURN);
    pump(a, 100);
    type("r");
    pump(a, 200);
    CHECK_INT(voice_of(a)->mode, VOICE_LIST);
    CHECK_STR(a->sh.notice, "No microphone found: you can still write your lines.");
    CHECK(voice_of(a)->no_microphone);
    type("n");
    type("Rest now.");
    push_key(SDLK_RETURN);
    pump(a, 300);
    char *got = saved_lines();
    CHECK_STR(got, "I'm here with you.\nRest now.\n");
    free(got);
    /* Said plainly once; then the hint says it quietly, where the record key was. */
    int small = ui_px(&a->sh.ui, 0.022);
    CHECK(offscreen_ink(&o, 0, o.h - small * 4, o.w, o.h - small * 3) == 0); /* not twice at once */
    pump(a, 6000);
    CHECK_STR(a->sh.notice, "");
    CHECK(offscreen_ink(&o, 0, o.h - small * 4, o.w, o.h - small * 3) > 0);
    type("r");
    pump(a, 6100);
    CHECK_STR(a->sh.notice, "");
    offscreen_close(&o);
}

static void a_silent_microphone_keeps_nothing(void)
{
    fresh_home("silent");
    setenv("SDL_AUDIODRIVER", "dummy", 1); /* opens, and hears only silence */
    Offscreen o;
    open_voice(&o);
    App *a = &o.app;
    type("n");
    type("You matter.");
    push_key(SDLK_RETURN);
    type("r");
    pump(a, 100);
    CHECK_INT(voice_of(a)->mode, VOICE_RECORDING);
    SDL_Delay(300);
    push_key(SDLK_RETURN);
    pump(a, 400);
    CHECK_INT(voice_of(a)->mode, VOICE_LIST);
    CHECK_STR(a->sh.notice, voice_status_text(VOICE_SILENT));
    CHECK_STR(caring_line(&voice_of(a)->lines, 0)->voice, "");
    offscreen_close(&o);
}

/* 48 kHz mono S16: silence, a 440 Hz tone, silence. */
static void write_tone_raw(const char *path, int before_ms, int tone_ms, int after_ms, double amp)
{
    size_t n = (size_t)(before_ms + tone_ms + after_ms) * RATE / 1000;
    int16_t *s = calloc(n, sizeof *s);
    size_t a = (size_t)before_ms * RATE / 1000, b = a + (size_t)tone_ms * RATE / 1000;
    for (size_t i = a; i < b; i++)
        s[i] = (int16_t)lround(amp * sin(2 * 3.14159265358979 * 440.0 * (double)(i - a) / RATE));
    write_bytes(path, s, n * sizeof *s);
    free(s);
}

static void a_line_is_recorded_through_the_disk_capture_driver(void)
{
    fresh_home("record");
    char in[400], out[400];
    snprintf(in, sizeof in, "%s/voice-in.raw", root);
    snprintf(out, sizeof out, "%s/voice-out.raw", root);
    write_tone_raw(in, 400, 1000, 800, 6000);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILEIN", in, 1); /* what the "microphone" hears */
    setenv("SDL_DISKAUDIOFILE", out, 1);
    Offscreen o;
    open_voice(&o);
    App *a = &o.app;
    type("n");
    type("You can rest now.");
    push_key(SDLK_RETURN);
    type("r");
    pump(a, 0);
    CHECK_INT(voice_of(a)->mode, VOICE_RECORDING);
    CHECK(app_animating(a, 0));
    /* The disk driver reads its file in real time: 2.2 s of it, then
     * silence. It paces itself with sleeps, which a busy machine makes
     * longer: wait for 2.5 s of sound to come, for up to 10 s. */
    uint32_t began = SDL_GetTicks();
    double loudest = 0;
    while (SDL_GetTicks() - began < 2800 ||
           (voice_of(a)->capture && capture_ms(voice_of(a)->capture) < 2500 &&
            SDL_GetTicks() - began < 10000)) {
        SDL_Delay(40);
        pump(a, SDL_GetTicks() - began);
        loudest = voice_of(a)->meter > loudest ? voice_of(a)->meter : loudest;
    }
    CHECK(loudest > 0.6); /* the meter moved with the tone (-15 dBFS RMS) */
    CHECK(voice_of(a)->capture && capture_ms(voice_of(a)->capture) >= 2500);
    push_key(SDLK_SPACE); /* space stops too */
    pump(a, 3000);
    CHECK_INT(voice_of(a)->mode, VOICE_REVIEW);
    struct stat st;
    CHECK(stat(voice_of(a)->review, &st) == 0);
    push_key(SDLK_RETURN); /* keep */
    pump(a, 3100);
    CHECK_INT(voice_of(a)->mode, VOICE_LIST);
    const CaringEntry *e = caring_line(&voice_of(a)->lines, 0);
    CHECK(e && strlen(e->voice) == CARING_ID_LEN);
    char *got = saved_lines();
    char want[200];
    snprintf(want, sizeof want, "You can rest now.  # voice: %s\n", e ? e->voice : "");
    CHECK_STR(got, want);
    free(got);

    char wav_path[PATHS_MAX + 32];
    snprintf(wav_path, sizeof wav_path, "%s/%s.wav", now_paths()->voice_dir, e ? e->voice : "");
    size_t len;
    char *wav = slurp(wav_path, &len);
    CHECK(wav != NULL);
    int16_t *s = NULL;
    size_t n = 0;
    int rate = 0;
    CHECK(wav && voice_wav_decode((const unsigned char *)wav, len, &s, &n, &rate));
    free(wav);
    CHECK_INT(rate, RATE);
    /* Trimmed to the tone (8 ms spare each side), at the cues' level. */
    CHECK_NEAR((double)n * 1000 / RATE, 1000, 20);
    if (s && n > (size_t)RATE / 10) {
        CHECK_NEAR(voice_rms_dbfs(s + RATE / 20, n - RATE / 10), VOICE_TARGET_RMS_DBFS, 1.0);
        CHECK(voice_peak_dbfs(s, n) <= -6.0);
        int peak = 0;
        for (size_t i = 0; i < n; i++)
            peak = abs(s[i]) > peak ? abs(s[i]) : peak;
        CHECK(abs(s[0]) <= peak / 100 && abs(s[n - 1]) <= peak / 100); /* no click */
    }
    free(s);

    /* Letting the line go lets its recording go too. */
    type("d");
    push_key(SDLK_RETURN);
    pump(a, 3200);
    CHECK_INT(voice_of(a)->lines.nlines, 0);
    CHECK(stat(wav_path, &st) != 0 && errno == ENOENT);
    offscreen_close(&o);
    unsetenv("SDL_DISKAUDIOFILEIN");
}

static void a_caring_step_shows_a_line(void)
{
    fresh_home("session");
    const char *lines[] = {"You are safe with me tonight.", "I like who you are."};
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) { /* with lines of one's own */
            char dir[600];
            snprintf(dir, sizeof dir, "%s/ebb", getenv("XDG_CONFIG_HOME"));
            mkdir(getenv("XDG_CONFIG_HOME"), 0700);
            mkdir(dir, 0700);
            char text[200];
            snprintf(text, sizeof text, "# mine\n%s\n%s\n", lines[0], lines[1]);
            write_bytes(now_paths()->caring_file, text, strlen(text));
        }
        Offscreen o;
        CHECK_INT(offscreen_open(&o, 1280, 720, NULL), EXIT_OK);
        char err[512];
        CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "caring", .text = "title: Caring\ncaring 10s\ncaring 10s\n", .length_ms = 0}, 0, err, sizeof err));
        for (int k = 0; k < 2; k++) {
            int64_t t = LEADIN_MS + k * 10000 + 5000;
            offscreen_draw(&o, t);
            Frame f;
            session_frame(&o.app.sh.practice.session, t, &f);
            CHECK_INT(f.at.kind, STEP_CARING);
            CHECK(f.at.text != NULL && f.at.text_alpha > 0.99);
            const char *want = caring_text_for(&o.app.sh.loaded->caring, o.app.sh.loaded->seed, k, NULL);
            CHECK(f.at.text == want);
            if (pass == 1)
                CHECK(f.at.text && (strcmp(f.at.text, lines[0]) == 0 || strcmp(f.at.text, lines[1]) == 0));
            SessionLayout l;
            session_layout(&o.app.sh.ui, &l);
            CHECK(offscreen_ink(&o, o.w / 10, l.words_y, o.w * 9 / 10, l.words_y + l.body * 3) > 200);
        }
        offscreen_close(&o);
    }
}

/* ---- heard in a real session (the ebb binary, disk output) ---- */

/* The energy at hz in s (stereo: the left channel) over [a, b) frames, as a
 * share of all the energy there: a Goertzel filter. */
static double share_at(const int16_t *s, size_t a, size_t b, double hz)
{
    double w = 2 * cos(2 * 3.14159265358979 * hz / RATE), s1 = 0, s2 = 0, total = 0;
    for (size_t i = a; i < b; i++) {
        double x = s[i * 2];
        double s0 = x + w * s1 - s2;
        s2 = s1;
        s1 = s0;
        total += x * x;
    }
    double power = s1 * s1 + s2 * s2 - w * s1 * s2;
    return total > 0 ? power / (total * (double)(b - a) / 2) : 0;
}

static const char *ebb;

/* Runs the session text with the line "Rest now." recorded as a 600 ms tone
 * of amp at 1500 Hz, and checks that it is heard 6 s in (after the 4 s
 * lead-in and a 2 s step) and gap_s before the closing bell, which is
 * looked for from bell_after_s past the voice's start (past any cue
 * sounding with it). */
static void heard_in(const char *name, const char *text, double amp, double bell_after_s, double gap)
{
    fresh_home(name);
    char dir[600], path[PATHS_MAX + 32];
    snprintf(dir, sizeof dir, "%s/ebb", getenv("XDG_CONFIG_HOME"));
    mkdir(getenv("XDG_CONFIG_HOME"), 0700);
    mkdir(dir, 0700);
    write_bytes(now_paths()->caring_file, "Rest now.  # voice: 0000abcd\n", 29);
    mkdir(getenv("XDG_DATA_HOME"), 0700);
    snprintf(dir, sizeof dir, "%s/ebb", getenv("XDG_DATA_HOME"));
    mkdir(dir, 0700);
    mkdir(now_paths()->voice_dir, 0700);
    /* The "voice": 600 ms at 1500 Hz, far from every cue's partials. */
    size_t n = RATE * 6 / 10;
    int16_t *s = malloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = (int16_t)lround(amp * sin(2 * 3.14159265358979 * 1500.0 * (double)i / RATE));
    size_t len;
    unsigned char *wav = voice_wav_encode(s, n, RATE, &len);
    snprintf(path, sizeof path, "%s/0000abcd.wav", now_paths()->voice_dir);
    write_bytes(path, wav, len);
    free(wav);
    free(s);

    char script[400], fifo[400], cmd[2400];
    snprintf(script, sizeof script, "%s/%s.ebb", root, name);
    snprintf(fifo, sizeof fifo, "%s/%s.fifo", root, name);
    write_bytes(script, text, strlen(text));
    /* What ebb plays comes through a FIFO, each read stamped with the clock
     * (audio_tap.h): on a busy machine the disk driver's sample count
     * strays from real time, the clock does not. */
    AudioTap *tap = tap_open(fifo);
    CHECK(tap != NULL);
    if (!tap)
        return;
    snprintf(cmd, sizeof cmd,
             "env SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=disk "
             "SDL_DISKAUDIOFILE='%s' SDL_DISKAUDIODELAY=%d '%s' --quit-at-end --no-checkin "
             "--volume 100 '%s' 2>/dev/null",
             fifo, DISK_DELAY_MS, ebb, script);
    int st = system(cmd);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    tap_close(tap);
    size_t frames, nbuf;
    const int16_t *out = tap_samples(tap, &frames);
    double *by = tap_mixed_by(tap, AUDIO_BUFFER_FRAMES, DISK_DELAY_MS, &nbuf);
    CHECK(frames > (size_t)RATE * 8);
    size_t win = RATE / 20;
    /* The voice comes 6 s into the session (the 4 s lead-in and the 2 s
     * rest), for its 600 ms, and the closing bell 3 s after it, when the
     * caring step ends: both are played the same way, so the time between
     * them is ebb's timing, whenever audio opened. */
    size_t heard_from = 0, heard_windows = 0;
    for (size_t w = 0; w + win <= frames; w += win)
        if (share_at(out, w, w + win, 1500) > 0.5) {
            if (!heard_windows)
                heard_from = w;
            heard_windows++;
        }
    size_t bell = heard_from + (size_t)(bell_after_s * RATE);
    while (bell < frames && abs(out[bell * 2]) < 100)
        bell++;
    CHECK(heard_windows >= 9 && heard_windows <= 14);
    CHECK(bell < frames && bell / AUDIO_BUFFER_FRAMES < nbuf);
    if (heard_windows && bell < frames && bell / AUDIO_BUFFER_FRAMES < nbuf) {
        double gap_s = (by[bell / AUDIO_BUFFER_FRAMES] - by[heard_from / AUDIO_BUFFER_FRAMES]) / 1000;
        printf("the voice heard %.2f s before the closing bell, for %zu windows of 50 ms\n",
               gap_s, heard_windows);
        CHECK_NEAR(gap_s, gap, 0.35);
    }
    free(by);
    tap_free(tap);
}

static void a_recorded_line_is_heard_in_a_session(void)
{
    heard_in("heard", "title: Heard\nrest 2s\ncaring 3s\n", 3000, 0.7, 3.0);
}

/* On an out-breath the line sounds with the out-breath's own cue (1.1 s
 * long), louder here so that it still stands out of it. */
static void a_recorded_line_is_heard_on_its_out_breath(void)
{
    heard_in("breath", "title: Heard\nbreathe in 2 out 4 caring x 1\n", 9000, 1.5, 4.0);
}

int main(int argc, char **argv)
{
    snprintf(root, sizeof root, "/tmp/ebb-voice-XXXXXX");
    if (!mkdtemp(root))
        return 2;
    if (argc > 1) {
        ebb = argv[1];
        RULE("a line recorded in your own voice is heard as its caring step begins",
             a_recorded_line_is_heard_in_a_session);
        RULE("a line recorded in your own voice is heard as its out-breath begins",
             a_recorded_line_is_heard_on_its_out_breath);
    } else {
        if (SDL_Init(SDL_INIT_VIDEO) != 0) {
            fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
            return 1;
        }
        RULE("lines are written, changed and let go by keyboard (and mouse)",
             lines_are_written_changed_and_let_go_by_keyboard);
        RULE("without a microphone it says so, and the written lines still work",
             without_a_microphone_the_written_lines_still_work);
        RULE("a microphone that hears only silence keeps nothing, and says why",
             a_silent_microphone_keeps_nothing);
        RULE("a line recorded through the disk capture driver is kept trimmed and levelled",
             a_line_is_recorded_through_the_disk_capture_driver);
        RULE("a caring step shows a line: your own, or a built-in one", a_caring_step_shows_a_line);
        SDL_Quit();
    }
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
    return CHECK_DONE();
}
