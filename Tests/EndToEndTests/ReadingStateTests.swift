import Foundation
import Testing

extension EndToEndTests {
  /// Read state and position kept between runs, in the session's own XDG data folder.
  @Suite struct ReadingStateTests {
    @Test func anArticleReadInOneRunIsMarkedReadInTheNext() async throws {
      let session = try TmuxSession.inPackageRoot()
      try await session.startReader()
      try session.press("Enter")
      try session.press("j")
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
      #expect(FileManager.default.fileExists(atPath: session.dataHome + "/parallax/reading.sqlite"))
      try session.type("clear")
      // The second run opens the article where the first left it, below its title.
      try session.startParallax()
      try await session.waitForScreen(containing: "✓ 000_b138f2c1eb8ae948")
      #expect(try !session.screen().contains(Parallax.firstTitle))
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
    }

    @Test func aCorruptDatabaseIsReportedAndTheReaderStillStarts() async throws {
      let session = try TmuxSession.inPackageRoot()
      try FileManager.default.createDirectory(atPath: session.dataHome + "/parallax", withIntermediateDirectories: true)
      try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: session.dataHome + "/parallax/reading.sqlite"))
      try await session.startReader()
      try await session.waitForScreen(containing: "reading state in")
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
      #expect(try session.screen().contains("parallax: reading state in \(session.dataHome)/parallax/reading.sqlite not available"))
    }
  }
}
