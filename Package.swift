// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kpi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kpi", targets: ["kpi"]),
        .library(name: "KPIPolicy", targets: ["KPIPolicy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "KPIPolicy", dependencies: ["CLibYAML"]),
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPIPolicy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KPIPolicyTests",
            dependencies: ["KPIPolicy"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "kpiCLITests",
            dependencies: ["KPIPolicy"]
        ),
    ]
)
