// swift-tools-version: 6.0
// An example of FinModel as a library: the NHS England pharmacists' four-year costing (seed 002,
// appendix B) and its split across the practices, with FinModel's exact types. It depends on the
// FinModel package two folders up, by path, as a program in another repository would by URL.
import PackageDescription

let package = Package(
    name: "pharmacist-costing",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "FinModel", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "pharmacist-costing",
            // By name, not .product(name:package:): a package found by path is known by its
            // folder's name, which differs between clones (FinModel, a worktree, a CI checkout).
            dependencies: [.product(name: "FinModel", package: "FinModel")],
            path: "Sources/pharmacist-costing"),
    ],
    swiftLanguageModes: [.v6]
)
