#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops `pkg-config --cflags ncursesw` (-D_XOPEN_SOURCE=600), which is
// what turns on the wide-character API; ncurses' own switch does the same.
#define NCURSES_WIDECHAR 1

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

// C globals are rejected by Swift 6 strict concurrency: read them through functions.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

// newterm() returns NULL on an unknown $TERM where initscr() would exit(1).
static inline SCREEN *cnc_newterm(const char *type) { return newterm(type, stdout, stdin); }

// Attribute and mouse masks are function-like macros Swift cannot import.
static const attr_t CNC_A_NORMAL    = A_NORMAL;
static const attr_t CNC_A_BOLD      = A_BOLD;
static const attr_t CNC_A_DIM       = A_DIM;
static const attr_t CNC_A_ITALIC    = A_ITALIC;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;
static const attr_t CNC_A_REVERSE   = A_REVERSE;
static const attr_t CNC_A_STANDOUT  = A_STANDOUT;

static const mmask_t CNC_BUTTON1_CLICKED  = BUTTON1_CLICKED;
static const mmask_t CNC_BUTTON1_PRESSED  = BUTTON1_PRESSED;
static const mmask_t CNC_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t CNC_BUTTON4_PRESSED  = BUTTON4_PRESSED;
static const mmask_t CNC_BUTTON5_PRESSED  = BUTTON5_PRESSED;
static const mmask_t CNC_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

// wcwidth() is declared only under _XOPEN_SOURCE; the width-table check needs it.
extern int wcwidth(wchar_t c);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
