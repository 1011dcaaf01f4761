// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kpi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
        .library(name: "KPIPolicy", targets: ["KPIPolicy"]),
        .library(name: "KPIEvaluation", targets: ["KPIEvaluation"]),
        .library(name: "KPIReports", targets: ["KPIReports"]),
        .library(name: "KPIHistory", targets: ["KPIHistory"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(name: "KPIPolicy", dependencies: ["CLibYAML"]),
        .target(name: "KPIEvaluation", dependencies: ["KPIPolicy", "CLibCrypto"]),
        .target(name: "KPIHistory", dependencies: ["KPIPolicy", "KPIEvaluation", "CSQLite"]),
        .target(name: "KPIReports", dependencies: ["KPIPolicy", "KPIEvaluation", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPIPolicy",
                "KPIEvaluation",
                "KPIReports",
                "KPIHistory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers: a stub HTTP server and the real Prometheus's address, for the tests of the
        // Prometheus source, and a seeded random number generator for generated inputs.
        .target(name: "KPITestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "KPIPolicyTests",
            dependencies: ["KPIPolicy", "KPITestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KPIEvaluationTests",
            dependencies: ["KPIEvaluation", "KPITestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KPIHistoryTests",
            dependencies: ["KPIHistory", "KPIEvaluation", "KPIPolicy"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KPIReportsTests",
            dependencies: ["KPIReports", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "kpiCLITests",
            dependencies: ["kpi", "KPIPolicy", "KPIEvaluation", "KPITestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
