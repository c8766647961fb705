#include "CNCurses.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

WINDOW *tandem_stdscr(void) { return stdscr; }
int tandem_lines(void) { return LINES; }
int tandem_cols(void) { return COLS; }
int tandem_colors(void) { return COLORS; }
int tandem_color_pairs(void) { return COLOR_PAIRS; }

attr_t tandem_a_bold(void) { return A_BOLD; }
attr_t tandem_a_underline(void) { return A_UNDERLINE; }
attr_t tandem_a_reverse(void) { return A_REVERSE; }
attr_t tandem_a_normal(void) { return A_NORMAL; }

mmask_t tandem_mouse_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
int tandem_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
int tandem_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
int tandem_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

SCREEN *tandem_newterm(void) { return newterm(NULL, stdout, stdin); }
void tandem_flush_stdout(void) { fflush(stdout); }

int tandem_locale_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0 || strcmp(set, "UTF8") == 0);
}

int tandem_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_termios;
static int have_saved_termios = 0;

static void on_quit_signal(int number) { pending_signal = number; }

// Only async-signal-safe calls: put the terminal back, leave the alternate screen, show the
// cursor, then die of the same signal.
static void on_crash_signal(int number) {
    if (have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    static const char reset[] = "\033[0m\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[?25h\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(number, SIG_DFL);
    raise(number);
}

void tandem_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_saved_termios = 1;
}

void tandem_install_signal_handlers(void) {
    // A launcher may have blocked signals (threads of a test runner do, and a child inherits the
    // mask): without these the dashboard would miss resizes, Ctrl-C and Ctrl-Z.
    sigset_t wanted;
    sigemptyset(&wanted);
    int numbers[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT };
    for (unsigned i = 0; i < sizeof numbers / sizeof numbers[0]; i++) sigaddset(&wanted, numbers[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash_signal;
    sigemptyset(&crash.sa_mask);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
}

int tandem_take_signal(void) {
    int number = pending_signal;
    pending_signal = 0;
    return number;
}

int tandem_draw(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    attr_set(attrs, (short)pair, NULL);
    return mvaddwstr(y, x, text);
}
