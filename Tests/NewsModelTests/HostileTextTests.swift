import Foundation
import Testing
@testable import NewsModel

/// Hostile text goes through the analysis unchanged: valid JSON, offsets into the original text.
@Suite struct HostileTextTests {
  private let hostile = [
    "Kyiv\u{1B}]0;pwned\u{07} says 10,000 troops moved\n\nThe Ukrainian army said\u{1B}[2J 12,000 troops\tcrossed into Kursk. \u{202E}evil\u{202C}.",
    "Moscow said\u{AD} 9,000 troops\u{200B} crossed into Kursk on Monday. 東京 e\u{301} 👍 Vladimir Putin spoke.",
  ]

  @Test func theJSONIsValidAndItsSpansAreOffsetsIntoTheText() throws {
    let corpus = Corpus(articles: hostile.enumerated().map { Article(id: "a\($0)", path: "a\($0).txt", text: $1) })
    let analysis = Analysis(corpus: corpus)
    let json = analysis.jsonText
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let articles = try #require(parsed["articles"] as? [[String: Any]])
    #expect(articles.count == 2)
    #expect(!json.unicodeScalars.contains { $0.value < 0x20 })
    for (article, encoded) in zip(corpus.articles, articles) {
      let scalars = Array(article.text.string.unicodeScalars)
      let mentions = try #require(encoded["mentions"] as? [[String: Any]])
      #expect(!mentions.isEmpty)
      for mention in mentions {
        let start = try #require(mention["start"] as? Int)
        let end = try #require(mention["end"] as? Int)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        #expect(mention["text"] as? String == text)
      }
    }
    #expect((articles[0]["title"] as? String)?.contains("\u{1B}]0;pwned\u{07}") == true)
  }
}
