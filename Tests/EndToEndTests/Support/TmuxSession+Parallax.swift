import Foundation
import Glibc

/// Where the program under test is.
enum Parallax {
  /// The package root, found from this file's place in Tests/EndToEndTests/Support.
  static let packageRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The executable `swift build` and `swift test` make.
  static let binary = packageRoot + "/.build/debug/parallax"

  /// The start of the first seed article's title, as the reader shows it.
  static let firstTitle = "President Joe Biden has made a landmark decision"

  /// The start of the second seed article's title.
  static let secondTitle = "In a major"
}

extension TmuxSession {
  /// A session in the package root, where the reader finds `seeds/` by default.
  static func inPackageRoot(environment: [String: String] = [:]) throws -> TmuxSession {
    try TmuxSession(directory: Parallax.packageRoot, environment: environment)
  }

  /// Starts the reader from the shell; with `reportingExitStatus`, the shell prints
  /// `parallax-exit=<status>` when it ends (see `exitStatus()`).
  func startParallax(_ prefix: String = "", arguments: String = "", reportingExitStatus: Bool = true) throws {
    guard FileManager.default.isExecutableFile(atPath: Parallax.binary) else {
      throw Failure(description: "no executable at .build/debug/parallax: run `swift build` first")
    }
    let command = [prefix, "'\(Parallax.binary)'", arguments].filter { !$0.isEmpty }.joined(separator: " ")
    try type(reportingExitStatus ? command + #"; echo "parallax-exit=$?""# : command)
  }

  /// Starts the reader and waits until it shows the first article on the alternate screen.
  func startReader() async throws {
    try startParallax()
    try await waitForScreen(containing: Parallax.firstTitle)
    try await waitForModes(alternateScreen: true)
  }

  /// Waits until the alternate screen is on (a program is running) or off.
  func waitForModes(alternateScreen: Bool, seconds: Double = 10) async throws {
    try await wait(seconds: seconds, for: "the alternate screen to be \(alternateScreen ? "on" : "off")") {
      try $0.modes().alternateScreen == alternateScreen
    }
  }

  /// The exit status the shell printed after the reader ended, waiting for it if need be.
  func exitStatus(seconds: Double = 10) async throws -> Int {
    let pattern = /parallax-exit=(\d+)/
    var status: Int?
    try await wait(seconds: seconds, for: "the reader to exit") { session in
      status = try session.screen().firstMatch(of: pattern).flatMap { Int($0.1) }
      return status != nil
    }
    return status ?? -1
  }

  /// The reader's process: the child of the pane's shell.
  func parallaxPID() throws -> pid_t {
    let shell = try shellPID()
    let children = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap { entry -> pid_t? in
      guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let end = stat.lastIndex(of: ")")
      else { return nil }
      // After "pid (name)": state, then the parent's pid.
      let fields = stat[stat.index(after: end)...].split(separator: " ")
      return fields.count > 1 && pid_t(fields[1]) == shell ? pid : nil
    }
    guard let child = children.first else { throw Failure(description: "the shell has no child process") }
    return child
  }

  /// Sends a signal to the reader's process.
  func signalParallax(_ signal: Int32) throws {
    let pid = try parallaxPID()
    guard kill(pid, signal) == 0 else { throw Failure(description: "kill(\(pid), \(signal)) failed") }
  }
}
