// swift-tools-version: 6.0
// FinModel: exact public-sector funding models, and `scenario`, the tool that evaluates them.
// The design card allows no package dependencies: only the toolchain, Foundation and Glibc/Darwin.
import PackageDescription

let package = Package(
    name: "FinModel",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "FinModel", targets: ["FinModel"]),
        .executable(name: "scenario", targets: ["scenario"]),
        .executable(name: "scenario-bench", targets: ["scenario-bench"]),
    ],
    targets: [
        .target(name: "FinModel", path: "Sources/FinModel"),
        .executableTarget(
            name: "scenario", dependencies: ["FinModel"], path: "Sources/scenario",
            plugins: ["EmbedLanguageManual"]),
        .executableTarget(name: "scenario-bench", dependencies: ["FinModel"], path: "Benchmarks/scenario-bench"),
        // docs/language.md built into `scenario` as a string, for `scenario help language`: a
        // build-tool plugin (part of SwiftPM) and the small tool it runs at build time.
        .executableTarget(name: "EmbedText", path: "Plugins/EmbedText"),
        .plugin(name: "EmbedLanguageManual", capability: .buildTool(), dependencies: ["EmbedText"],
                path: "Plugins/EmbedLanguageManual"),
        // What both test targets share: the process runner and the seeded generator. A plain
        // target, not a product, so nothing outside the tests can depend on it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FinModelTests", dependencies: ["FinModel", "TestSupport"], path: "Tests/FinModelTests"),
        .testTarget(
            name: "ScenarioTests", dependencies: ["FinModel", "scenario", "TestSupport"], path: "Tests/ScenarioTests",
            resources: []),
    ],
    swiftLanguageModes: [.v6]
)
