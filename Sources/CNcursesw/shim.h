#ifndef REGIO_CNCURSESW_SHIM_H
#define REGIO_CNCURSESW_SHIM_H
// Wide-character ncurses: without these, cchar_t, get_wch and setcchar are invisible.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift does not import function-like or casting macros; these wrap the ones regio needs.
static inline attr_t regio_attr_normal(void) { return A_NORMAL; }
static inline attr_t regio_attr_bold(void) { return A_BOLD; }
static inline attr_t regio_attr_dim(void) { return A_DIM; }
static inline attr_t regio_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t regio_attr_reverse(void) { return A_REVERSE; }
static inline attr_t regio_attr_italic(void) { return A_ITALIC; }
static inline int regio_key_f0(void) { return KEY_F0; }
static inline int regio_colors(void) { return COLORS; }
static inline int regio_color_pairs(void) { return COLOR_PAIRS; }

// Writes a cluster of several spacing scalars (an emoji with a skin tone, a flag, a letter with spacing
// marks) as one run in the given look: ncurses gives each spacing scalar its own cells and attaches the
// zero-width ones, the same widths the UI laid out with wcwidth. The window's look is reset afterwards.
static inline int regio_put_run(WINDOW *win, int y, int x, const wchar_t *text, int count, attr_t attr, short pair) {
    wattr_set(win, attr, pair, NULL);
    int status = mvwaddnwstr(win, y, x, text, count);
    wattr_set(win, A_NORMAL, 0, NULL);
    return status;
}

// Globals that Swift 6's strict concurrency will not let Swift code touch.
static inline WINDOW *regio_stdscr(void) { return stdscr; }
static inline FILE *regio_stdout(void) { return stdout; }
static inline FILE *regio_stdin(void) { return stdin; }

// Asks terminfo about a terminal type without printing anything or exiting (initscr would do both):
// 1 known and able to move the cursor (terminfo `cup`), 2 known but unable (TERM=dumb: nothing can be
// drawn in place), 0 unknown, -1 no terminfo database. One read of the entry for both questions.
static inline int regio_probe_terminal(const char *term, int fd) {
    int status = 0;
    if (setupterm(term, fd, &status) != OK) return status == -1 ? -1 : 0;
    char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return can ? 1 : 2;
}

// A terminfo string capability of the current terminal, or NULL when it has none.
static inline const char *regio_capability(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

// The mouse. Presses and releases are reported as they happen (mouseinterval 0: no waiting to build
// clicks; regio tells a double click by the time between presses), plus the wheel (buttons 4 and 5).
// Reports that arrive in one burst (a quick tap, a test) ncurses still merges into clicks: those are
// asked for too, or the press would be lost and only the release seen.
static inline mmask_t regio_mouse_on(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED
                     | BUTTON1_TRIPLE_CLICKED | BUTTON2_PRESSED | BUTTON3_PRESSED
                     | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}

// What a mouse event's button state means: 1 left, 2 middle, 3 right press, 4 release, 5 wheel up,
// 6 wheel down, 7, 8 and 9 one, two and three left clicks merged from one burst, 0 anything else.
static inline int regio_mouse_kind(mmask_t state) {
    if (state & BUTTON4_PRESSED) return 5;
    if (state & BUTTON5_PRESSED) return 6;
    if (state & BUTTON1_CLICKED) return 7;
    if (state & BUTTON1_DOUBLE_CLICKED) return 8;
    if (state & BUTTON1_TRIPLE_CLICKED) return 9;
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON2_PRESSED) return 2;
    if (state & BUTTON3_PRESSED) return 3;
    if (state & (BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED)) return 4;
    return 0;
}

// Whether ncurses itself reads SGR (mode 1006) mouse reports on this terminal: its terminfo entry says so
// (kmous is ESC [ <, as in xterm's). tmux's, screen's and rxvt's entries know only the X10 encoding.
static inline int regio_terminfo_has_sgr_mouse(void) {
    char *kmous = tigetstr("kmous");
    return kmous != NULL && kmous != (char *)-1 && kmous[0] == 27 && kmous[1] == '[' && kmous[2] == '<';
}

// The key code regio gives ESC [ < (the start of an SGR mouse report) where terminfo does not know it.
static inline int regio_key_sgr_mouse(void) { return KEY_MAX + 1; }
#endif
