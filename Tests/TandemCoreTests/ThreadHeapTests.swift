import Dispatch
import Testing

@testable import TandemCore

/// Reserving room changes no allocation's result, only when the heap grows: any size is taken,
/// on the main thread or another, and what is allocated after is whole.
@Suite struct ThreadHeapTests {
    @Test func anySizeIsTakenAndBounded() {
        for bytes in [-1, 0, 1, ThreadHeap.block - 1, ThreadHeap.block, 3 * ThreadHeap.block + 5, Int.max] {
            ThreadHeap.reserve(bytes)
        }
        #expect(ThreadHeap.blocks(for: Int.max) == ThreadHeap.most / ThreadHeap.block)
        #expect(ThreadHeap.blocks(for: ThreadHeap.block - 1) == 0)
    }

    @Test func textsMadeAfterOnAnotherThreadAreWhole() {
        final class Made: @unchecked Sendable { var texts: [String] = [] }
        let made = Made()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {  // async: `sync` would run it on this thread
            ThreadHeap.reserve(4 << 20)
            made.texts = (0..<20_000).map { "risk number \($0) with a text past the inline size" }
        }
        group.wait()
        let texts = made.texts
        #expect(texts.count == 20_000)
        #expect(texts[12_345] == "risk number 12345 with a text past the inline size")
    }
}
