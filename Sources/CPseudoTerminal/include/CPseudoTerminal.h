// Opens a pseudo-terminal pair of a given size, for timing the dashboard's start-up the way a
// terminal emulator would see it (the posix_openpt family does not import into Swift here).
#ifndef TANDEM_CPSEUDOTERMINAL_H
#define TANDEM_CPSEUDOTERMINAL_H

// Returns 0 and sets *primary and *secondary, or -1.
int tandem_open_pty(int *primary, int *secondary, int columns, int rows);

#endif
