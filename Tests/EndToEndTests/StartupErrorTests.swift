import Testing

extension EndToEndTests {
  /// Without a usable terminal the reader says why in one line and exits non-zero at once.
  @Suite struct StartupErrorTests {
    @Test func standardInputThatIsNotATerminalIsAClearError() async throws {
      let session = try TmuxSession.inPackageRoot()
      try session.startParallax(arguments: "< /dev/null")
      #expect(try await session.exitStatus(seconds: 5) != 0)
      let screen = try session.screen()
      #expect(screen.contains("standard input is not a terminal"), "the screen was:\n\(screen)")
      #expect(try session.modes() == .restored)
    }

    @Test func anUnknownTerminalTypeIsAClearError() async throws {
      let session = try TmuxSession.inPackageRoot()
      try session.startParallax("TERM=nonexistent")
      #expect(try await session.exitStatus(seconds: 5) != 0)
      let screen = try session.screen()
      #expect(screen.contains("unknown terminal type 'nonexistent'"), "the screen was:\n\(screen)")
      #expect(try session.modes() == .restored)
    }
  }
}
