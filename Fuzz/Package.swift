// swift-tools-version: 6.0
// libFuzzer targets for kpi's parsers, built with the toolchain's fuzzer and address sanitizers by
// scripts/fuzz (never by `swift build` at the repository root). See docs/fuzzing.md.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is wherever the clone lies.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let kpi = root.lastPathComponent.lowercased()

let package = Package(
    name: "kpi-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "KPIFuzz",
            dependencies: [
                .product(name: "KPIPolicy", package: kpi),
                .product(name: "KPIEvaluation", package: kpi),
            ],
            // libFuzzer brings `main`; the targets are plain functions.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
