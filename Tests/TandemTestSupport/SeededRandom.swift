/// The standard library's random API (`Int.random(in:using:)`, `randomElement(using:)`) drawing
/// from a seeded source of 64-bit words, so a failing input can be found again.
///
/// The source is the engine's `SplitMix64`, the generator of the demo data: it is internal to
/// TandemCore, so the tests reach it with `@testable import` and hand its `next()` in here. This
/// target imports the engine without `@testable`, as `swift build -c release` builds it too.
public struct SeededRandom: RandomNumberGenerator {
    private let word: () -> UInt64

    public init(_ word: @escaping () -> UInt64) { self.word = word }

    public mutating func next() -> UInt64 { word() }
}
