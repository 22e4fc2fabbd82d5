// swift-tools-version: 6.0
// The libFuzzer target over the whole analysis and the reader's screens. A package of its own,
// so a plain `swift build` of Parallax never builds it; run it with scripts/fuzz.sh.
import PackageDescription

let package = Package(
  name: "ParallaxFuzz",
  dependencies: [.package(name: "Parallax", path: "..")],
  targets: [
    .executableTarget(
      name: "ParallaxFuzz",
      dependencies: [
        .product(name: "NewsModel", package: "Parallax"),
        .product(name: "ReaderUI", package: "Parallax"),
        .product(name: "TerminalUI", package: "Parallax"),
      ],
      swiftSettings: [.enableExperimentalFeature("Extern")]  // to call libFuzzer's C driver
    )
  ]
)
