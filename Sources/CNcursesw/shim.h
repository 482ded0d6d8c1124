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

// Globals that Swift 6's strict concurrency will not let Swift code touch.
static inline WINDOW *regio_stdscr(void) { return stdscr; }
static inline FILE *regio_stdout(void) { return stdout; }
static inline FILE *regio_stdin(void) { return stdin; }

// Asks terminfo about a terminal type without printing anything or exiting (initscr would do both):
// 1 known, 0 unknown, -1 no terminfo database.
static inline int regio_probe_terminal(const char *term, int fd) {
    int status = 0;
    if (setupterm(term, fd, &status) != OK) return status == -1 ? -1 : 0;
    del_curterm(cur_term);
    return 1;
}
#endif
