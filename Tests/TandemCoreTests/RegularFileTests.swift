import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

#if canImport(Glibc)
    import Glibc
#endif

/// The one reader of files: regular files only, whole, and never more than the limit.
@Suite struct RegularFileTests {
    @Test func readsARegularFileWhole() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "a,b,c\n", count: 200_000)  // over 1 MB: faulted in before the read
        try folder.write("big.csv", text)
        #expect(try RegularFile.read(folder.url("big.csv")) == Array(text.utf8))
        try folder.write("empty.csv", "")
        #expect(try RegularFile.read(folder.url("empty.csv")) == [])
    }

    @Test func refusesAFileLongerThanTheLimit() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.csv", "12345")
        #expect(try RegularFile.read(folder.url("a.csv"), limit: 5) == Array("12345".utf8))
        #expect(throws: RegularFile.ReadError.tooLarge) { try RegularFile.read(folder.url("a.csv"), limit: 4) }
    }

    /// /proc files say they are empty: the read goes on past the size fstat gave, up to the limit.
    @Test func aFileLongerThanItsSizeSaysIsStillBounded() throws {
        let status = try RegularFile.read("/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).contains("Name:"))
        #expect(throws: RegularFile.ReadError.tooLarge) { try RegularFile.read("/proc/self/status", limit: 10) }
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        let folder = try TemporaryFolder()
        try #require(mkfifo(folder.url("fifo"), 0o644) == 0)
        #expect(throws: RegularFile.ReadError.notRegular(kind: "a FIFO")) { try RegularFile.read(folder.url("fifo")) }
        #expect(throws: RegularFile.ReadError.notRegular(kind: "a FIFO")) {
            try RegularFile.head(folder.url("fifo"), count: 10)
        }
        #expect(throws: RegularFile.ReadError.notRegular(kind: "a character device")) {
            try RegularFile.read("/dev/zero")
        }
        #expect(throws: RegularFile.ReadError.notRegular(kind: "a folder")) { try RegularFile.read(folder.path) }
        #expect(
            RegularFile.ReadError.notRegular(kind: "a FIFO").description
                == "is not a regular file (a FIFO); expected a file")
        #expect(RegularFile.ReadError.tooLarge.description == "is larger than 1 GiB, the most Tandem reads")
    }

    @Test func tellsAMissingFileFromADanglingLink() throws {
        let folder = try TemporaryFolder()
        #expect(throws: RegularFile.ReadError.missing) { try RegularFile.read(folder.url("none")) }
        try FileManager.default.createSymbolicLink(atPath: folder.url("link"), withDestinationPath: "gone\u{1B}[2J.csv")
        #expect(throws: RegularFile.ReadError.danglingLink(target: "gone\u{1B}[2J.csv")) {
            try RegularFile.read(folder.url("link"))
        }
        #expect(
            RegularFile.ReadError.danglingLink(target: "gone\u{1B}[2J.csv").description
                == "is a symbolic link to gone\u{241B}[2J.csv, which is missing; expected a file")
    }

    @Test func theHeadIsTheFirstBytes() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.json", "{\"as_of\": \"2026-11-20\"}")
        #expect(try RegularFile.head(folder.url("a.json"), count: 5) == Array("{\"as_".utf8))
        #expect(try RegularFile.head(folder.url("a.json"), count: 100).count == 23)
    }
}
