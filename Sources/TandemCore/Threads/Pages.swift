#if canImport(Glibc)
    import Glibc
#endif

/// The pages of a large fresh buffer, asked for at once: one call instead of a fault a page as
/// they are first written. Where the system cannot (Linux before 5.14, other systems), nothing
/// happens and the writes fault them in as before.
enum Pages {
    static func fault<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        #if canImport(Glibc)
            let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE (Linux 5.14), which glibc before 2.34 does not name
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let bytes = buffer.count * MemoryLayout<T>.stride
            guard bytes >= 1 << 20, page > 0, let base = buffer.baseAddress else { return }
            let start = (Int(bitPattern: base) + page - 1) / page * page
            let end = (Int(bitPattern: base) + bytes) / page * page
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, populateWrite)
        #endif
    }
}
