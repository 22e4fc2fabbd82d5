import Foundation
import Testing
import NewsModel

@Suite struct AlignmentSeedTests {
  static let seeds: Corpus = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds").path
    return CorpusLoader.load(paths: [folder]).0
  }()
  static let statistics = CorpusStatistics(corpus: seeds)

  func article(_ prefix: String) throws -> Article {
    try #require(Self.seeds.articles.first { $0.id.hasPrefix(prefix) })
  }

  @Test func everySentenceAppearsInExactlyOneRowForEverySeedPair() throws {
    let articles = Self.seeds.articles
    try #require(articles.count == 5)
    for left in articles {
      for right in articles where right.id != left.id {
        let alignment = SentenceAligner.align(left, right, statistics: Self.statistics)
        #expect(alignment.rows.compactMap(\.left) == Array(left.sentences.indices), "\(left.id) vs \(right.id)")
        #expect(alignment.rows.compactMap(\.right).sorted() == Array(right.sentences.indices), "\(left.id) vs \(right.id)")
        let inOrder = alignment.rows.filter { !$0.isMoved }.compactMap(\.right)
        #expect(inOrder == inOrder.sorted(), "right-only and in-order rows follow the right article")
      }
    }
  }

  @Test func troopSentencesPairWithTheirDifferencesMarked() throws {
    let left = try article("000")
    let right = try article("003")
    let alignment = SentenceAligner.align(left, right, statistics: Self.statistics)
    let row = try #require(alignment.rows.first { row in
      row.left.map { left.string(in: left.sentences[$0].span).contains("sending 10,000 elite troops") } ?? false
    })
    let partner = try #require(row.right)
    #expect(right.string(in: right.sentences[partner].span).contains("around 10,000 North Korean troops"))
    #expect(row.rightChanges.map { right.string(in: $0) }.contains("around"))
    #expect(row.leftChanges.contains { left.string(in: $0).contains("elite") })
    #expect(row.changes.contains { $0.kind == .hedge })
  }

  @Test func sentencesOnBidensDecisionPair() throws {
    let left = try article("000")
    let right = try article("003")
    let alignment = SentenceAligner.align(left, right, statistics: Self.statistics)
    let row = try #require(alignment.rows.first { $0.left == 0 })
    let partner = try #require(row.right)
    #expect(right.string(in: right.sentences[partner].span).hasPrefix("President Joe Biden’s decision"))
    #expect(!row.leftChanges.isEmpty && !row.rightChanges.isEmpty)
  }

  @Test func compareJSONFollowsTheContract() throws {
    let left = try article("000")
    let right = try article("002")
    let alignment = SentenceAligner.align(left, right, statistics: Self.statistics)
    let text = alignment.jsonValue(left: left, right: right).serialized()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect(object["left"] as? String == left.id)
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == alignment.rows.count)
    let scalars = Array(left.text.string.unicodeScalars)
    for row in rows {
      let similarity = try #require(row["similarity"] as? Double)
      #expect(abs(similarity * 100 - (similarity * 100).rounded()) < 1e-9, "two decimals at most")
      if let sentence = row["left"] as? [String: Any] {
        let start = try #require(sentence["start"] as? Int)
        let end = try #require(sentence["end"] as? Int)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        #expect(sentence["text"] as? String == String(view))
      }
      let changes = try #require(row["changes"] as? [String: [[Int]]])
      #expect(changes["left"] != nil && changes["right"] != nil)
    }
  }
}
