// swift-tools-version: 6.0
// Tools that hammer Parallax with hostile input: the libFuzzer target over the whole analysis
// and the reader's screens (scripts/fuzz.sh), and a timer of every stage on huge files
// (scripts/stress.sh). A package of its own, so a plain `swift build` of Parallax never builds them.
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
    ),
    .executableTarget(
      name: "ParallaxStress",
      dependencies: [
        .product(name: "NewsModel", package: "Parallax"),
        .product(name: "ReaderUI", package: "Parallax"),
        .product(name: "TerminalUI", package: "Parallax"),
      ]
    ),
  ]
)
