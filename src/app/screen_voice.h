/* Your caring lines in the app: the screen that keeps them (write, change,
 * let go, record in your own voice, listen back), and the session side
 * (the words of each caring step, and its recording played as it begins).
 * Docs: docs/caring-voice.md. */
#ifndef EBB_SCREEN_VOICE_H
#define EBB_SCREEN_VOICE_H

#include <stdbool.h>
#include <stdint.h>

#include "app/capture.h"
#include "app/input.h"
#include "core/caring.h"

struct App;

typedef enum {
    VOICE_LIST,      /* the lines, one chosen */
    VOICE_EDITING,   /* writing a line's words */
    VOICE_CONFIRM,   /* "let this line go?" */
    VOICE_RECORDING, /* the microphone is on */
    VOICE_REVIEW,    /* a recording heard back: keep it, or not */
} VoiceMode;

#define VOICE_EDIT_MAX (CARING_TEXT_MAX * 4 + 1) /* bytes: 300 characters of any script */
#define VOICE_ROWS 128                            /* rows remembered for the mouse */
#define VOICE_NO_MICROPHONE "No microphone found: you can still write your lines."

typedef struct {
    CaringList lines;      /* as read from caring.txt, and as edited */
    bool loaded;           /* lines holds the file (since the screen opened) */
    VoiceMode mode;
    int sel;               /* the chosen line; nlines means "Add a line" */
    int scroll;
    int row_y[VOICE_ROWS], row_h[VOICE_ROWS], first_drawn, last_drawn;

    int edit_line;         /* the line being written, or -1 for a new one */
    char edit[VOICE_EDIT_MAX];
    size_t cursor;         /* a byte offset into edit, at a character's start */
    char compose[64];      /* what an input method is composing, shown at the cursor */

    Capture *capture;
    int64_t rec_began_ms;
    double meter;          /* the level shown: rises at once, falls back gently */
    bool was_playing;      /* the recording heard back was playing at the last update */
    int rec_line;          /* the line being recorded or heard back */
    char review[1100];     /* the recording being heard back, before it is kept */
    bool no_microphone;    /* capture would not open: the hint says so */
    bool said_no_microphone;
    bool said_warnings;    /* the file's warnings are printed once */
} VoiceScreen;

/* The screen: opened with v from the start screen; Esc goes back. */
void voice_screen_open(struct App *a, int64_t now_ms);
void voice_screen_action(struct App *a, Action act, int64_t now_ms);
void voice_screen_update(struct App *a, int64_t now_ms);
void voice_screen_draw(struct App *a, int64_t now_ms);
/* Is a line being written (so letters are text, not keys)? */
bool voice_screen_typing(const struct App *a);
/* Is something moving (the meter while recording)? */
bool voice_screen_animating(const struct App *a);
/* Frees the lines and closes the microphone, on every path out. */
void voice_screen_free(struct App *a);

/* Where the screen puts things, in output pixels. */
typedef struct {
    int x0, col_w, pad, body, small, title;
} VoiceLayout;
void voice_layout(const struct App *a, VoiceLayout *l);

/* In voice_edit.c: writing a line (line -1: a new one), and its field. */
void voice_edit_begin(struct App *a, int line);
void voice_edit_action(struct App *a, Action act, int64_t now_ms);
/* Draws the field at y; returns its height. */
int voice_edit_draw(struct App *a, const VoiceLayout *l, int y);

/* In voice_record.c: recording, and hearing it back. */
void voice_record_start(struct App *a, int64_t now_ms);
void voice_record_action(struct App *a, Action act, int64_t now_ms);
void voice_record_update(struct App *a, int64_t now_ms);
void voice_record_draw(struct App *a, int64_t now_ms);
/* Deletes a line's recording file (when the line is let go). */
void voice_record_forget(const struct App *a, const char *id);
/* Reads caring.txt into the lines (printing its warnings, once). */
void voice_load(struct App *a);
/* Saves the lines; a failure is said and printed, and the app goes on. */
bool voice_save(struct App *a, int64_t now_ms);

/* A caring step began: plays its line in the user's own voice, if recorded. */
void app_caring_cue(struct App *a, int step);

#endif
