import Foundation
import Glibc

/// Runs short helper commands (tmux clients) with `posix_spawn`.
///
/// Foundation's `Process` is not used: on Linux its `waitUntilExit()` can wait forever when
/// called from a test's task, and a tmux server started by `new-session` inherits (and keeps
/// open) the standard output of the client that started it.
enum Subprocess {
  /// What a command did.
  struct Result {
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    /// What it wrote on standard output (empty unless captured).
    var output: String
  }

  /// Runs a command found on the `PATH`, with standard input and error on `/dev/null`, and waits
  /// for it. The environment is this process's, less `TMUX`, so tmux never nests; signals start
  /// unblocked, with their default actions.
  static func run(_ arguments: [String], capturingOutput: Bool = true) throws -> Result {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    if capturingOutput {
      guard pipe(&pipeEnds) == 0 else { throw failure("pipe", arguments) }
      pipeEnds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }  // only the dup2 copy is inherited
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
    } else {
      posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)

    let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { "\($0.key)=\($0.value)" }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    // The test runner blocks signals in its threads, and a child inherits that mask; so
    // would the tmux server and the program under test, which then never sees SIGINT,
    // SIGTSTP or SIGWINCH. Start every child with an empty mask and default handlers.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    if capturingOutput { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if capturingOutput { close(pipeEnds[0]) }
      throw failure("posix_spawnp", arguments)
    }
    let output = capturingOutput ? readAll(pipeEnds[0]) : ""
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: exitStatus, output: output)
  }

  /// Reads a file descriptor to its end and closes it.
  private static func readAll(_ descriptor: Int32) -> String {
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func failure(_ call: String, _ arguments: [String]) -> TmuxSession.Failure {
    TmuxSession.Failure(description: "\(call) failed for \(arguments.joined(separator: " ")): errno \(errno)")
  }
}
