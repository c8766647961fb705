// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tandem",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tandem", targets: ["tandem"]),
        .executable(name: "tandem-bench", targets: ["tandem-bench"]),
        .library(name: "TandemCore", targets: ["TandemCore"]),
        // For the fuzz targets in Fuzz/, which render the dashboard headlessly.
        .library(name: "TandemUI", targets: ["TandemUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    ],
    targets: [
        // The metrics engine: files in, computed statuses out. No UI, no terminal.
        .target(name: "TandemCore", dependencies: ["CZlib"]),
        // zlib, to inflate the parts of .xlsx workbooks (Sources/TandemCore/Workbook/Deflate.swift only).
        .systemLibrary(name: "CZlib"),
        // The view layer: renders the dashboard into an in-memory cell buffer. No curses here.
        .target(name: "TandemUI", dependencies: ["TandemCore"]),
        // The thin C layer over ncursesw (wide characters): wrappers for what Swift cannot import.
        .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only Swift code that talks to curses: terminal setup and teardown, colours, drawing
        // changed cells, decoding keys.
        .target(name: "TandemTerminal", dependencies: ["CNCurses", "TandemUI", "TandemApp"]),
        // The interactive dashboard's loop: events in, `update`, effects out, the buffer drawn. The
        // terminal is passed in (TerminalScreen), so tests drive the real loop without curses.
        .target(name: "TandemApp", dependencies: ["TandemCore", "TandemUI"]),
        .executableTarget(
            name: "tandem",
            dependencies: [
                "TandemCore",
                "TandemUI",
                "TandemApp",
                "TandemTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measures load, compute, render and key presses at three sizes: swift run -c release tandem-bench
        .executableTarget(name: "tandem-bench", dependencies: ["TandemCore", "TandemUI", "CPseudoTerminal"]),
        .target(name: "CPseudoTerminal", linkerSettings: [.linkedLibrary("util")]),
        // What the test targets share: temporary folders, the process runner, workspace fixtures.
        .target(name: "TandemTestSupport", dependencies: ["TandemCore"], path: "Tests/TandemTestSupport"),
        .testTarget(name: "TandemCoreTests", dependencies: ["TandemCore", "TandemTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "TandemUITests",
            dependencies: [
                "TandemUI",
                "TandemCore",
                "TandemTestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Panes/__Snapshots__", "State/__Snapshots__", "Widgets/__Snapshots__"]
        ),
        .testTarget(name: "TandemCLITests", dependencies: ["TandemCore", "TandemTestSupport"]),
        // The real app loop, in-process, on a scripted terminal over a workspace folder on disk.
        .testTarget(
            name: "TandemAppTests", dependencies: ["TandemApp", "TandemUI", "TandemCore", "TandemTestSupport"]),
        // Drives the built binary in tmux; needs the `tandem` product built first.
        .testTarget(name: "TandemInteractiveTests", dependencies: ["tandem", "TandemTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
