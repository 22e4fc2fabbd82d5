import Foundation
import Testing
@testable import NewsModel

@Suite struct FormatLoadingTests {
  @Test func aFolderOfMixedFormatsLoadsAndABrokenFeedIsOneLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-formats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = [
      "a.txt": "outlet: Plain Post\n\nThe canal reopened on Monday.",
      "b.md": "# Canal reopens\n\nShips *moved* again.",
      "c.html": "<html><head><meta property=\"og:site_name\" content=\"Web Daily\"></head><body><p>Tugs pulled.</p></body></html>",
      "d.xml": "<rss><channel><title>Feed Times</title><item><title>One</title><description>Traffic resumed.</description></item><item><title>Tw",
      "e.rss": "<rss><channel><item>&bogus;</item></channel></rss>",
    ]
    for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    let (corpus, problems) = CorpusLoader.load(paths: [folder.path])
    #expect(corpus.articles.map(\.outlet) == ["Plain Post", "b", "Web Daily", "Feed Times"])
    #expect(corpus.articles.map(\.title) == ["The canal reopened on Monday", "Canal reopens", "Tugs pulled", "One"])
    #expect(problems.map(\.severity) == [.warning, .skipped])
    #expect(problems.map { ($0.path as NSString).lastPathComponent } == ["d.xml", "e.rss"])
  }
}
