import Foundation
import Testing

extension EndToEndTests {
  /// What the reader shows and how it answers keys and resizes.
  @Suite struct ReaderScreenTests {
    @Test func startsWithTheFirstArticlesTitleAndText() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      try await session.waitForScreen(containing: "ATACMS")
      try await session.waitForScreen(containing: "Kursk")
      try await session.waitForScreen(containing: Parallax.secondTitle)
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
    }

    @Test func jMovesTheSelectionDownTheList() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      try await session.waitForScreen(containing: Parallax.secondTitle)
      let row = try #require(
        try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.contains(Parallax.secondTitle) })
      let before = try styledRow(row, of: session)
      try session.press("j")
      try await session.wait(for: "the second article's row to be drawn differently after j") {
        try styledRow(row, of: $0) != before
      }
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
    }

    @Test func keepsWorkingWhenResizedSmallerAndBack() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      try session.resize(width: 80, height: 24)
      try await session.wait(for: "the reader to redraw at 80×24") { session in
        let lines = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count <= 25 && lines.contains { $0.contains("President") }
      }
      try session.resize(width: 120, height: 40)
      try await session.wait(for: "the reader to redraw at 120×40 with a status line") { session in
        let lines = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count >= 40 && !lines[39].trimmingCharacters(in: .whitespaces).isEmpty
          && lines.contains { $0.contains(Parallax.firstTitle) }
      }
      let before = try session.screen(escapes: true)
      try session.press("j")
      try await session.wait(for: "j to change the screen after the resizes") { try $0.screen(escapes: true) != before }
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
      #expect(try session.modes() == .restored)
    }

    @Test func questionMarkOpensTheHelpOverlay() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      let before = try session.screen()
      try session.press("?")
      try await session.wait(for: "a help overlay after ?") { session in
        let screen = try session.screen()
        return screen != before && screen.contains("Help")
      }
    }

    @Test func noColorLeavesOnlyAttributes() async throws {
      let session = try TmuxSession.inPackageRoot(environment: ["NO_COLOR": "1"])
      try await session.startReader()
      let colours = try session.screen(escapes: true).matches(of: /\e\[([0-9;]*)m/).filter { match in
        let codes = match.1.split(separator: ";").compactMap { Int($0) }
        return codes.contains { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
      }
      #expect(colours.isEmpty, "colour sequences: \(colours.prefix(5).map { String($0.1) })")
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
    }

    /// One row of the screen with its styles, so a moved highlight shows as a change.
    private func styledRow(_ row: Int, of session: TmuxSession) throws -> String {
      let lines = try session.screen(escapes: true).split(separator: "\n", omittingEmptySubsequences: false)
      return row < lines.count ? String(lines[row]) : ""
    }
  }
}
