// swift-tools-version: 6.0
import PackageDescription

// Benchmarks of Parallax, kept out of the main package so its builds and tests stay as they are.
// Run from the package root: `swift run -c release --package-path Benchmarks parallax-bench`.
let package = Package(
  name: "ParallaxBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "Parallax", path: "..")],
  targets: [
    .executableTarget(
      name: "parallax-bench",
      dependencies: [
        .product(name: "NewsModel", package: "Parallax"),
        .product(name: "ReaderUI", package: "Parallax"),
      ]
    )
  ]
)
