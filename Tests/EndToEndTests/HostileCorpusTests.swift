import Foundation
import Glibc
import Testing

extension EndToEndTests {
  /// A corpus of hostile files: the good articles load, nothing reaches the terminal as an
  /// escape sequence, small terminals and signals are handled, and no file is written to.
  @Suite struct HostileCorpusTests {
    @Test func theReaderShowsTheGoodArticlesAndNoEscapeReachesTheTerminal() async throws {
      let corpus = try HostileCorpus()
      let before = try corpus.contents()
      let session = try TmuxSession(directory: corpus.path)
      try session.type(#"printf '\033]2;before\033\\'; clear"#)
      try await session.wait(for: "the shell to set the pane title") { try $0.paneTitle() == "before" }
      let raw = corpus.path + ".out"
      defer { try? FileManager.default.removeItem(atPath: raw) }
      try session.recordOutput(to: raw)
      try session.startParallax(HostileCorpus.withoutFileModeOverride, arguments: "'\(corpus.path)'")
      try await session.waitForModes(alternateScreen: true)
      try await session.waitForScreen(containing: HostileCorpus.escapesTitle)
      try await session.wait(for: "the tab after \"troops\" expanded") { try $0.screen().contains(/troops {2,4}crossed/) }
      try await session.waitForScreen(containing: "Bad bytes \u{FFFD}(")
      try await session.waitForScreen(containing: "President Joe Biden")
      for _ in 0..<3 { try session.press("j") }  // the invalid and the big article in the reading pane
      // Laying out 1 MB takes a while in a debug build (longer under the address sanitizer).
      try await session.wait(seconds: 60, for: "the big article in the reading pane") { session in
        try session.screen().split(separator: "\n").first { $0.contains("Articles") }?.contains("f-big") == true
      }
      #expect(try session.paneTitle() == "before")
      let output = try String(decoding: Data(contentsOf: URL(fileURLWithPath: raw)), as: UTF8.self)
      #expect(!output.contains("\u{1B}]"), "an OSC sequence reached the terminal")
      #expect(!output.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "a C1 control reached the terminal")
      #expect(!output.unicodeScalars.contains { $0.value == 0x202E }, "a bidi override reached the terminal")
      #expect(output.contains("\u{FFFD}]0;\(HostileCorpus.injectedTitle)"))

      try session.resize(width: 20, height: 6)
      try await session.waitForScreen(containing: "Too small: need 40×8")
      try session.resize(width: 120, height: 40)
      try await session.waitForScreen(containing: "Articles")
      try await session.waitForScreen(containing: "President Joe Biden")

      try session.signalParallax(SIGTERM)
      _ = try await session.exitStatus()
      #expect(try session.modes() == .restored)
      #expect(try session.paneTitle() == "before")
      let screen = try session.screen().replacingOccurrences(of: "\n", with: "")  // long lines wrap
      #expect(screen.contains("d-binary.txt: binary file"), "the screen was:\n\(screen)")
      #expect(screen.contains("e-empty.txt: empty file"))
      #expect(screen.contains("g-secret.txt: cannot read file: permission denied"))
      #expect(try corpus.contents() == before)
    }

    @Test func analyzeExitsZeroAndListsWhatItSkippedOnStandardError() throws {
      let corpus = try HostileCorpus()
      let before = try corpus.contents()
      let errors = corpus.path + ".err"
      defer { try? FileManager.default.removeItem(atPath: errors) }
      let command = "\(HostileCorpus.withoutFileModeOverride) '\(Parallax.binary)' analyze --json '\(corpus.path)' 2> '\(errors)'"
      let result = try Subprocess.run(["bash", "-c", command])
      #expect(result.status == 0)
      let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
      let ids = (json["articles"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
      #expect(ids == ["a-escapes", "b-good", "c-invalid", "f-big"])
      let lines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
      #expect(lines.count == 4, "\(lines)")
      #expect(lines.contains { $0.hasSuffix("c-invalid.txt: invalid UTF-8 replaced with \u{FFFD} (2 places)") })
      #expect(lines.contains { $0.hasSuffix("d-binary.txt: binary file (NUL bytes), not text") })
      #expect(lines.contains { $0.hasSuffix("e-empty.txt: empty file") })
      #expect(lines.contains { $0.hasSuffix("g-secret.txt: cannot read file: permission denied") })
      #expect(try corpus.contents() == before)
    }
  }
}
