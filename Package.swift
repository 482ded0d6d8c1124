// swift-tools-version: 6.0
import PackageDescription

// A concrete generic type's metadata (a Dictionary keyed by one of regio's types, say) is made from its
// mangled name by default, and the runtime then looks every conformance it needs up by a linear search of
// all ~6,000 in the binary, once per type and protocol: a third of the instructions before the first
// frame. Made by accessor functions instead, the conformances are passed in directly.
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "regio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regio", targets: ["regio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reads the CORDIS monthly zip (regio import cordis --zip).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ncurses (wide-character) and the few macros Swift cannot import. Only RegioTerminal uses it.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // glibc's wcwidth, the width function ncurses itself uses; the UI measures text with it.
        .systemLibrary(name: "CTextWidth", path: "Sources/CTextWidth"),
        .target(
            name: "RegioModel",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Dataset/README.md", "Dataset/SOURCES.md", "NUTS/README.md"],
            resources: [
                .embedInCode("NUTS/nuts-table.tsv"),
                .embedInCode("Dataset/territories.json"),
                .embedInCode("Dataset/initiatives.json"),
                .embedInCode("Dataset/memberships.json"),
                // The same data as a snapshot, made from the JSON by the tests (see BundledSnapshot).
                .embedInCode("Dataset/bundled.snapshot"),
            ],
            swiftSettings: directMetadata
        ),
        // The shipped theme files, compiled in so that a copied binary has them all.
        .target(
            name: "RegioThemes",
            path: "Themes",
            resources: ["default", "eu", "high-contrast", "light", "monochrome"].map { .embedInCode("\($0).toml") }
        ),
        // The version number and the git commit, stamped in at build time by the plugin below.
        .target(name: "RegioVersion", plugins: ["VersionStamp"]),
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .target(name: "RegioUI", dependencies: ["RegioModel", "RegioThemes", "CTextWidth"], swiftSettings: directMetadata),
        .target(name: "RegioTerminal", dependencies: ["RegioUI", "CNcursesw"], swiftSettings: directMetadata),
        .executableTarget(
            name: "regio",
            dependencies: [
                "RegioModel", "RegioUI", "RegioTerminal", "RegioVersion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata
        ),
        // Fuzz targets for libFuzzer (scripts/fuzz.sh), and a replay of their corpus in an ordinary build.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(name: "regio-fuzz", dependencies: ["RegioModel", "RegioUI", "RegioTerminal", "CLibFuzzer"]),
        // What every test target shares: the in-memory terminal, the bundled store, temporary folders.
        .target(name: "RegioTestSupport", dependencies: ["RegioModel", "RegioUI"], path: "Tests/RegioTestSupport"),
        .testTarget(name: "RegioModelTests", dependencies: ["RegioModel", "RegioTestSupport"]),
        .testTarget(name: "RegioUITests", dependencies: ["RegioUI", "RegioModel", "RegioTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["regio", "RegioModel", "RegioTestSupport"]),
    ]
)
