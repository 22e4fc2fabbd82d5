import Foundation
import Glibc
import Testing
@testable import NewsModel

/// Files that are not articles are skipped with a line naming them, and the walk goes on.
@Suite struct HostileFileTests {
  /// A fresh folder under the temporary directory.
  private func makeFolder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hostile-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  private func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  private let good = Array("Kyiv said 10,000 troops had crossed the border on Monday.".utf8)

  @Test func invalidUTF8IsReplacedAndWarnedAbout() throws {
    let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait near Kyiv, and more words.".utf8)
    let (text, warning) = try CorpusLoader.decode(Data(bytes), path: "a.txt").get()
    #expect(text.hasPrefix("Caf\u{FFFD} au lait"))
    #expect(warning?.contains("invalid UTF-8") == true)
  }

  @Test(arguments: [
    ([0x00, 0x41, 0x42] as [UInt8], "NUL"),
    (Array(repeating: 0x01, count: 40) + Array("some text".utf8), "control"),
    (Array(repeating: 0xFE, count: 40) + Array("abc".utf8), "invalid bytes"),
  ])
  func binaryFilesAreSkipped(bytes: [UInt8], reason: String) {
    guard case .failure(let problem) = CorpusLoader.decode(Data(bytes), path: "x.txt") else {
      Issue.record("binary bytes decoded as text")
      return
    }
    #expect(problem.severity == .skipped)
    #expect(problem.message.contains(reason))
  }

  @Test(arguments: [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]])
  func emptyFilesAreSkipped(bytes: [UInt8]) {
    guard case .failure(let problem) = CorpusLoader.decode(Data(bytes), path: "x.txt") else {
      Issue.record("an empty file decoded as an article")
      return
    }
    #expect(problem.message == "empty file")
  }

  @Test func aFewEscapeSequencesStillMakeAnArticle() throws {
    let text = "Kyiv\u{1B}]0;pwned\u{07} said 10,000 troops\u{1B}[2J crossed the border on Monday."
    let (decoded, warning) = try CorpusLoader.decode(Data(text.utf8), path: "a.txt").get()
    #expect(decoded == text)
    #expect(warning == nil)
  }

  @Test func symbolicLinkLoopsAreReportedAndTheWalkGoesOn() throws {
    let dir = try makeFolder()
    try write(good, to: dir + "/a.txt")
    try FileManager.default.createSymbolicLink(atPath: dir + "/loop1.txt", withDestinationPath: "loop2.txt")
    try FileManager.default.createSymbolicLink(atPath: dir + "/loop2.txt", withDestinationPath: "loop1.txt")
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: "..")
    try write(good, to: dir + "/sub/z.txt")
    let (corpus, problems) = CorpusLoader.load(paths: [dir])
    #expect(corpus.articles.map(\.id) == ["a", "z"])
    #expect(problems.filter { $0.message == "symbolic link loop" }.count == 2)
    #expect(problems.contains { $0.path.hasSuffix("/sub/up") && $0.message.contains("already read") })
    #expect(problems.count == 3)
  }

  @Test func aPipeIsSkippedWithoutBeingOpened() throws {
    let dir = try makeFolder()
    try write(good, to: dir + "/a.txt")
    #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
    let (corpus, problems) = CorpusLoader.load(paths: [dir, dir + "/pipe.txt"])
    #expect(corpus.articles.map(\.id) == ["a"])
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.path.hasSuffix("pipe.txt") && $0.message.contains("not a regular file") })
  }

  @Test func aFolderThatCannotBeReadAsAFileIsReported() {
    guard case .failure(let problem) = CorpusLoader.readBytes(FileManager.default.temporaryDirectory.path) else {
      Issue.record("a folder read as a file")
      return
    }
    #expect(problem.message.contains("not a regular file"))
  }

  @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode; the end-to-end tests cover it as another user"))
  func anUnreadableFileIsReportedAndTheRestLoads() throws {
    let dir = try makeFolder()
    try write(good, to: dir + "/a.txt")
    try write(good, to: dir + "/secret.txt")
    #expect(chmod(dir + "/secret.txt", 0) == 0)
    let (corpus, problems) = CorpusLoader.load(paths: [dir])
    #expect(corpus.articles.map(\.id) == ["a"])
    #expect(problems.map(\.description) == ["skipped \(dir)/secret.txt: cannot read file: permission denied"])
  }

  @Test func loadingNeverWritesToTheFiles() throws {
    let dir = try makeFolder()
    let files = ["a.txt": good, "b.txt": [0x00, 0x01], "c.txt": [], "d.txt": Array("x\u{1B}[2J".utf8) + [0xC3, 0x28] + good]
    for (name, bytes) in files { try write(bytes, to: dir + "/" + name) }
    #expect(chmod(dir + "/a.txt", 0o444) == 0)
    let before = try files.keys.map { try FileManager.default.attributesOfItem(atPath: dir + "/" + $0)[.modificationDate] as? Date }
    _ = CorpusLoader.load(paths: [dir])
    for (name, bytes) in files { #expect(try CorpusLoader.readBytes(dir + "/" + name).get() == Data(bytes)) }
    let after = try files.keys.map { try FileManager.default.attributesOfItem(atPath: dir + "/" + $0)[.modificationDate] as? Date }
    #expect(before == after)
  }
}
