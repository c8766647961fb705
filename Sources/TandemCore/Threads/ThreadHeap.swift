#if canImport(Glibc)
    import Glibc
#endif

/// Room made ahead in this thread's heap for a burst of small allocations: the texts of a large
/// file's rows.
///
/// glibc gives every thread but the main one a heap of its own, and grows it by what the
/// allocation at hand needs: a page at a time, with an `mprotect` call each, which also holds the
/// process's memory map while the other core faults its pages in. Reading 100,000 risks made
/// 3,400 of them. Allocating the room in large blocks and freeing them grows the heap in a few
/// calls, and it stays grown (glibc only tells the kernel that the freed pages are unused), so the
/// burst makes none. The main thread's heap already grows with a margin; there this costs a few
/// calls more. Under strict overcommit (`vm.overcommit_memory=2`) glibc unmaps freed heap pages,
/// which undoes the room made: nothing is lost but the calls.
enum ThreadHeap {
    /// Under glibc's smallest size for an allocation of its own mapping, so that each block comes
    /// from the heap.
    static let block = 120 << 10
    /// A thread's heap is at most 64 MB; past it glibc starts another.
    static let most = 48 << 20

    static func reserve(_ bytes: Int) {
        #if canImport(Glibc)
            let count = blocks(for: bytes)
            guard count > 0 else { return }
            withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: count) { blocks in
                for index in 0..<count { blocks[index] = malloc(block) }
                for index in 0..<count { free(blocks[index]) }
            }
        #endif
    }

    /// How many blocks `reserve` allocates for `bytes`.
    static func blocks(for bytes: Int) -> Int { max(0, min(bytes, most) / block) }
}
