/* Your caring lines in the app: the screen that keeps them (write, change,
 * let go, record in your own voice, listen back). Its parts live in
 * screen_voice.c (the list), voice_edit.c (a line's field) and
 * voice_record.c (the microphone). Docs: docs/caring-voice.md. */
#ifndef EBB_SCREEN_VOICE_H
#define EBB_SCREEN_VOICE_H

#include <stdbool.h>
#include <stdint.h>

#include "app/capture.h"
#include "app/screen.h"
#include "core/caring.h"

typedef enum {
    VOICE_LIST,      /* the lines, one chosen */
    VOICE_EDITING,   /* writing a line's words */
    VOICE_CONFIRM,   /* "let this line go?" */
    VOICE_RECORDING, /* the microphone is on */
    VOICE_REVIEW,    /* a recording heard back: keep it, or not */
} VoiceMode;

#define VOICE_EDIT_MAX (CARING_TEXT_MAX * 4 + 1) /* bytes: 300 characters of any script */
#define VOICE_NO_MICROPHONE "No microphone found: you can still write your lines."

typedef struct {
    const Paths *paths; /* where caring.txt and the recordings are */
    CaringList lines;   /* as read from caring.txt, and as edited */
    VoiceMode mode;
    int sel; /* the chosen line; nlines means "Add a line" */
    int scroll;
    RowMap rows; /* where the rows were drawn, for the pointer */

    int edit_line; /* the line being written, or -1 for a new one */
    char edit[VOICE_EDIT_MAX];
    size_t cursor;    /* a byte offset into edit, at a character's start */
    char compose[64]; /* what an input method is composing, shown at the cursor */

    Capture *capture;
    int64_t rec_began_ms;
    double meter;       /* the level shown: rises at once, falls back gently */
    bool was_playing;   /* the recording heard back was playing at the last update */
    int rec_line;       /* the line being recorded or heard back */
    char review[1100];  /* the recording being heard back, before it is kept */
    bool no_microphone; /* capture would not open: the hint says so */
    bool said_no_microphone;
    bool said_warnings; /* the file's warnings are printed once */
} VoiceScreen;

extern const Screen screen_voice;

/* Where the screen puts things, in output pixels. */
typedef struct {
    int x0, col_w, pad, body, small, title;
} VoiceLayout;

/* In voice_edit.c: writing a line (line -1: a new one), and its field. */
void voice_edit_begin(VoiceScreen *v, int line);
void voice_edit_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms);
/* Draws the field at y; returns its height. */
int voice_edit_draw(VoiceScreen *v, Ui *ui, const VoiceLayout *l, int y);

/* In voice_record.c: recording, and hearing it back. */
void voice_record_start(VoiceScreen *v, Shell *sh, int64_t now_ms);
void voice_record_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms);
void voice_record_update(VoiceScreen *v, Shell *sh, int64_t now_ms);
void voice_record_draw(VoiceScreen *v, Ui *ui, int64_t now_ms);
/* Deletes a line's recording file (when the line is let go). */
void voice_record_forget(const VoiceScreen *v, const char *id);
/* Reads caring.txt into the lines (printing its warnings, once). */
void voice_load(VoiceScreen *v);
/* Saves the lines; a failure is said and printed, and the app goes on. */
bool voice_save(VoiceScreen *v, Shell *sh, int64_t now_ms);

#endif
