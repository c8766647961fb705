#define _GNU_SOURCE
#include "CPseudoTerminal.h"
#include <pty.h>
#include <stddef.h>
#include <sys/ioctl.h>

int tandem_open_pty(int *primary, int *secondary, int columns, int rows) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    return openpty(primary, secondary, NULL, NULL, &size);
}
