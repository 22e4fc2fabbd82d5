import Foundation

/// A shell in a tmux server of its own, for driving a full-screen program as a person would.
///
/// Each session starts a private server (`tmux -L <unique name>`) running `bash` in one pane of
/// a fixed size, and kills that server when the session is released, so nothing leaks into the
/// user's tmux or into other tests.
final class TmuxSession {
  /// Why a wait gave up (with the screen as it was), or why tmux failed.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Whether a `tmux` executable is on the `PATH`.
  static let isAvailable: Bool = (try? run(["tmux", "-V"])) != nil

  /// The server's socket name, unique to this session.
  let socketName: String
  /// `XDG_DATA_HOME` of the shell: a folder of this session's own, so no test reads or
  /// writes the user's reading state or another test's.
  let dataHome: String

  /// Starts a server with one `width`×`height` pane running `bash` in `directory`.
  ///
  /// `TERM` inside the pane is `tmux-256color`; `environment` adds or overrides variables of
  /// the shell (and so of the programs it starts).
  init(width: Int = 120, height: Int = 40, directory: String, environment: [String: String] = [:]) throws {
    socketName = "parallax-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    dataHome = FileManager.default.temporaryDirectory.appendingPathComponent(socketName).path
    try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
    let variables = ["PS1": "$ ", "TERM": "tmux-256color", "LANG": "C.UTF-8", "XDG_DATA_HOME": dataHome]
      .merging(environment) { $1 }
      .sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Self.shellQuoted($0.value))" }
      .joined(separator: " ")
    // The server keeps the standard output of the client that starts it: capture none.
    try Self.run(
      ["tmux", "-L", socketName, "-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
       "-c", directory, "env \(variables) bash --norc --noprofile"], capturingOutput: false)
  }

  deinit {
    _ = try? tmux("kill-server")
    try? FileManager.default.removeItem(atPath: dataHome)
  }

  /// Types a command line into the shell and presses Enter.
  func type(_ commandLine: String) throws {
    try tmux("send-keys", "-t", "main", "-l", commandLine)
    try tmux("send-keys", "-t", "main", "Enter")
  }

  /// Presses keys, in tmux's key names: `"j"`, `"C-c"`, `"Enter"`, `"F5"`, `"Up"`.
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }

  /// The pane's text, one line per row; with `escapes`, with the SGR sequences of its styles.
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-t", "main", "-p"] + (escapes ? ["-e"] : []))
  }

  /// The terminal modes the program in the pane has set.
  func modes() throws -> TerminalModes {
    let flags = try tmux(
      "display-message", "-p", "-t", "main",
      "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_flag}"
    ).split(separator: " ").map { $0.hasPrefix("1") }
    guard flags.count == 4 else { throw Failure(description: "tmux reported no terminal modes") }
    return TerminalModes(alternateScreen: flags[0], cursorVisible: flags[1], mouse: flags[2], keypad: flags[3])
  }

  /// The pane's title, as the program in it last set it (`#{pane_title}`).
  func paneTitle() throws -> String {
    try tmux("display-message", "-p", "-t", "main", "#{pane_title}").trimmingCharacters(in: .newlines)
  }

  /// Copies everything the pane's program writes to the terminal, raw, into a file.
  func recordOutput(to path: String) throws {
    try tmux("pipe-pane", "-t", "main", "-o", "cat >> \(Self.shellQuoted(path))")
  }

  /// Resizes the pane's window to `width`×`height`.
  func resize(width: Int, height: Int) throws {
    try tmux("resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)")
  }

  /// The process ID of the shell in the pane.
  func shellPID() throws -> pid_t {
    let text = try tmux("display-message", "-p", "-t", "main", "#{pane_pid}")
    guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure(description: "tmux reported no pane pid: \(text)")
    }
    return pid
  }

  /// Waits until `condition` holds, checking every 50 ms for at most `seconds`.
  /// - Throws: `Failure` naming `what` and showing the screen as it was.
  func wait(
    seconds: Double = 10, for what: String, until condition: (TmuxSession) throws -> Bool
  ) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition(self) { return }
      try await Task.sleep(for: .milliseconds(50))
    }
    if try condition(self) { return }
    throw Failure(description: "waited \(seconds) s for \(what); the screen was:\n\(try screen())")
  }

  /// Waits until the screen shows `text`.
  func waitForScreen(containing text: String, seconds: Double = 10) async throws {
    try await wait(seconds: seconds, for: "the screen to show \"\(text)\"") { try $0.screen().contains(text) }
  }

  /// Runs tmux on this session's server and returns what it printed.
  @discardableResult
  private func tmux(_ arguments: String...) throws -> String {
    try tmux(arguments)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    try Self.run(["tmux", "-L", socketName] + arguments)
  }

  /// Runs a command and returns its standard output.
  /// - Throws: `Failure` when it cannot start or exits non-zero.
  @discardableResult
  private static func run(_ command: [String], capturingOutput: Bool = true) throws -> String {
    let result = try Subprocess.run(command, capturingOutput: capturingOutput)
    guard result.status == 0 else {
      throw Failure(description: "\(command.joined(separator: " ")) exited with \(result.status)")
    }
    return result.output
  }

  /// A value quoted for the shell.
  private static func shellQuoted(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// The terminal modes tmux reports for a pane: what tells whether a program restored them.
struct TerminalModes: Equatable, CustomStringConvertible {
  var alternateScreen: Bool
  var cursorVisible: Bool
  var mouse: Bool
  var keypad: Bool

  /// The modes of a terminal no full-screen program is using.
  static let restored = TerminalModes(alternateScreen: false, cursorVisible: true, mouse: false, keypad: false)

  var description: String {
    "alternate screen \(alternateScreen), cursor \(cursorVisible), mouse \(mouse), keypad \(keypad)"
  }
}
