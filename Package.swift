// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Parallax",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "parallax", targets: ["parallax"]),
    .library(name: "NewsModel", targets: ["NewsModel"]),
    // For the fuzz package in Fuzz/, which reaches the layout and the screens through them.
    .library(name: "ReaderUI", targets: ["ReaderUI"]),
    .library(name: "TerminalUI", targets: ["TerminalUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // MARK: - Model: pure Swift, Foundation only
    .target(
      name: "NewsModel",
      resources: [.copy("Gazetteers")]
    ),

    // MARK: - Terminal toolkit and the reader built on it
    .target(name: "TerminalUI"),
    .target(name: "ReaderUI", dependencies: ["NewsModel", "TerminalUI"]),

    // MARK: - The only code that talks to ncurses
    .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
    .target(name: "NcursesTerminal", dependencies: ["CNcurses", "TerminalUI"]),

    // MARK: - Reading state kept between runs (SQLite through GRDB)
    .target(name: "ReadingStore", dependencies: ["NewsModel", .product(name: "GRDB", package: "GRDB.swift")]),

    // MARK: - The executable
    .executableTarget(
      name: "parallax",
      dependencies: [
        "NewsModel", "TerminalUI", "ReaderUI", "NcursesTerminal", "ReadingStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Test support and tests
    .target(name: "TerminalUITesting", dependencies: ["TerminalUI"]),  // uses Swift Testing
    .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalUITesting"]),
    .testTarget(
      name: "ReaderUITests",
      dependencies: ["ReaderUI", "NewsModel", "TerminalUI", "TerminalUITesting"],
      exclude: ["Snapshots"]
    ),
    .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
    .testTarget(
      name: "ReadingStoreTests", dependencies: ["ReadingStore", "NewsModel", .product(name: "GRDB", package: "GRDB.swift")]),
    // Runs the built executable under tmux: what a person sees, and the terminal restored.
    .testTarget(name: "EndToEndTests", dependencies: []),
  ]
)
