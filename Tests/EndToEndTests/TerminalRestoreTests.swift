import Glibc
import Testing

extension EndToEndTests {
  /// Every way out of the reader leaves the terminal as it found it.
  @Suite struct TerminalRestoreTests {
    @Test func quittingWithQRestoresTheTerminalAndExitsZero() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      let running = try session.modes()
      #expect(running.alternateScreen && !running.cursorVisible && running.keypad)
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
      #expect(try session.modes() == .restored)
    }

    @Test(arguments: ["Ctrl-C", "SIGTERM", "SIGHUP"])
    func signalsRestoreTheTerminal(signal: String) async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      switch signal {
      case "Ctrl-C": try session.press("C-c")
      case "SIGTERM": try session.signalParallax(SIGTERM)
      default: try session.signalParallax(SIGHUP)
      }
      _ = try await session.exitStatus()
      #expect(try session.modes() == .restored)
    }

    @Test func aCrashRestoresTheTerminalBeforeTheProcessDies() async throws {
      // A fault signal takes the crash path (the restorer, then the runtime's own handler);
      // the backtracer is told not to wait for a key on the terminal.
      let session = try TmuxSession.inPackageRoot()
      try session.startParallax("SWIFT_BACKTRACE=enable=no")
      try await session.waitForScreen(containing: Parallax.firstTitle)
      try await session.waitForModes(alternateScreen: true)
      try session.signalParallax(SIGSEGV)
      let status = try await session.exitStatus()
      #expect(status == 128 + SIGSEGV)
      #expect(try session.modes() == .restored)
    }

    @Test func suspendingWithCtrlZAndResumingWithFgWorks() async throws {
      let session = try TmuxSession.inPackageRoot()
      try session.startParallax(reportingExitStatus: false)
      try await session.waitForScreen(containing: Parallax.firstTitle)
      try await session.waitForModes(alternateScreen: true)
      try session.press("C-z")
      try await session.waitForModes(alternateScreen: false)
      try await session.waitForScreen(containing: "Stopped")
      #expect(try session.modes() == .restored)
      try session.type("fg")
      try await session.waitForModes(alternateScreen: true)
      try await session.waitForScreen(containing: Parallax.firstTitle)
      let resumed = try session.screen(escapes: true)
      try session.press("j")
      try await session.wait(for: "j to change the screen after fg") { try $0.screen(escapes: true) != resumed }
      try session.press("q")
      try await session.waitForModes(alternateScreen: false)
      try session.type(#"echo "parallax-exit=$?""#)
      #expect(try await session.exitStatus() == 0)
      #expect(try session.modes() == .restored)
    }
  }
}
