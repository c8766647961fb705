// The one C header that exposes ncurses (wide-character) to Swift: macros, mutable globals and
// bit constants do not import, so each one Tandem needs is wrapped here. See NCURSES-NOTES.md.
#ifndef TANDEM_CNCURSES_H
#define TANDEM_CNCURSES_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals, read through getters so that their unsafety stays in one place.
WINDOW *tandem_stdscr(void);
int tandem_lines(void);
int tandem_cols(void);
int tandem_colors(void);
int tandem_color_pairs(void);

// Attribute bits and the colour-pair macro.
attr_t tandem_a_bold(void);
attr_t tandem_a_underline(void);
attr_t tandem_a_reverse(void);
attr_t tandem_a_normal(void);

// Mouse masks.
mmask_t tandem_mouse_mask(void);
int tandem_mouse_is_click(mmask_t state);
int tandem_mouse_is_wheel_up(mmask_t state);
int tandem_mouse_is_wheel_down(mmask_t state);

// newterm on the process's standard streams (C globals Swift 6 refuses to touch); nil when the
// terminal type is unknown, where initscr would exit the process.
SCREEN *tandem_newterm(void);
void tandem_flush_stdout(void);
// 1 when the locale's character set is UTF-8 (after setlocale).
int tandem_locale_is_utf8(void);

// Cursor addressing: absent on TERM=dumb and the like.
int tandem_has_cursor_addressing(void);

// Signals: SIGINT, SIGTERM and SIGHUP set a flag the event loop reads; crash signals restore
// the terminal before the process dies.
void tandem_install_signal_handlers(void);
int tandem_take_signal(void);
// Saves the terminal's settings so a crash handler can put them back.
void tandem_save_terminal(void);

// Draws one cell's text (a grapheme, as wide characters) at (y, x) with attributes and a pair.
int tandem_draw(int y, int x, const wchar_t *text, attr_t attrs, int pair);

#endif
