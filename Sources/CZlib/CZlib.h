// zlib for the .xlsx reader (Sources/TandemCore/Workbook/Deflate.swift). inflateInit2 is a macro,
// which Swift cannot call, so it is wrapped here.
#ifndef TANDEM_CZLIB_H
#define TANDEM_CZLIB_H

#include <zlib.h>

// Starts inflating raw deflate data (a zip entry's method 8): no zlib or gzip header, 32 KiB window.
static inline int tandem_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
