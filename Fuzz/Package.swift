// swift-tools-version:6.0
// libFuzzer targets for Tandem, kept out of the main package so that its `swift build` and
// `swift test` stay as they are. Build and run them with `scripts/fuzz` (see docs/FUZZING.md):
// the sanitizers come from the command line there (-sanitize=fuzzer,address).
import PackageDescription

// Each target defines LLVMFuzzerTestOneInput with @_cdecl and no top-level code: libFuzzer
// brings `main`.
let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "TandemFuzz",
    dependencies: [.package(name: "Tandem", path: "..")],
    targets: [
        // Checks the targets share.
        .target(name: "FuzzSupport"),
        // Checks the two .xlsx targets share: what a sheet read from a workbook promises.
        .target(
            name: "WorkbookChecks",
            dependencies: ["FuzzSupport", .product(name: "TandemCore", package: "Tandem")]
        ),
        .executableTarget(
            name: "fuzz-baseline",
            dependencies: ["FuzzSupport", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-csv",
            dependencies: ["FuzzSupport", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-manifest",
            dependencies: ["FuzzSupport", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-values",
            dependencies: ["FuzzSupport", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-theme",
            dependencies: [
                "FuzzSupport",
                .product(name: "TandemCore", package: "Tandem"),
                .product(name: "TandemUI", package: "Tandem"),
            ],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-workspace",
            dependencies: [
                "FuzzSupport",
                .product(name: "TandemCore", package: "Tandem"),
                .product(name: "TandemUI", package: "Tandem"),
            ],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-xlsx-container",
            dependencies: ["FuzzSupport", "WorkbookChecks", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
        .executableTarget(
            name: "fuzz-xlsx-sheet",
            dependencies: ["FuzzSupport", "WorkbookChecks", .product(name: "TandemCore", package: "Tandem")],
            swiftSettings: fuzzFlags
        ),
    ],
    swiftLanguageModes: [.v6]
)
