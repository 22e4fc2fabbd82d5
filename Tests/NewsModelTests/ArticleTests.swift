import Foundation
import Testing
@testable import NewsModel

@Suite struct ArticleTests {
  @Test func headingsAreShortLinesWithoutFinalPunctuation() {
    let article = Article(id: "a", path: "a.txt", text: "Kyiv was struck overnight. Two died.\nA Tactical Change\nThe move comes amid tensions.\n")
    #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
    #expect(article.sentences.count == 4)
  }

  @Test func aFirstLineThatReadsAsATitleIsTheHeadline() {
    let article = Article(id: "a", path: "a.txt", text: "Morocco quake kills 2,000\n\nBy Clara Whitcombe · 10 September 2023\n\nThe toll rose.")
    #expect(article.title == "Morocco quake kills 2,000")
    #expect(article.blocks.map(\.kind) == [.headline, .byline, .paragraph])
  }

  @Test func withoutAHeadlineTheTitleIsTheFirstSentenceShortened() {
    let text = "President Joe Biden has made a landmark decision, allowing Ukraine to deploy U.S.-supplied missiles for strikes within Russian territory. More."
    let title = Article(id: "a", path: "a.txt", text: text).title
    #expect(title.hasPrefix("President Joe Biden has made a landmark decision"))
    #expect(title.hasSuffix("…"))
    #expect(title.count <= Article.maximumTitleLength)
  }

  @Test func frontMatterGivesMetadataAndIsNotBody() {
    let text = "---\ntitle: “The room was shaking”: families describe quake\noutlet: The Kestrel Valley Chronicle\ndate: 2023-09-10\n---\nHolidaymakers ran into the streets."
    let article = Article(id: "k", path: "k.txt", text: text)
    #expect(article.title == "“The room was shaking”: families describe quake")
    #expect(article.outlet == "The Kestrel Valley Chronicle")
    #expect(article.blocks.count == 1)
    #expect(article.string(in: article.blocks[0].span) == "Holidaymakers ran into the streets.")
  }

  @Test(arguments: [
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
    "Sign up to The Harbour Ledger’s free newsletter — delivered every weekday morning at 7am.",
    "Read more: How to help people affected by the earthquake",
    "Have a correction or a tip? Email the newsroom. Comments are moderated.",
  ])
  func trailingWebBoilerplateIsDropped(footer: String) {
    let article = Article(id: "a", path: "a.txt", text: "Officials said the toll would rise.\n\nRescuers worked overnight.\n\n\(footer)")
    #expect(article.blocks.count == 2)
    #expect(article.string(in: article.blocks[1].span) == "Rescuers worked overnight.")
  }

  @Test func reportingWithoutCuesIsKept() {
    let article = Article(id: "a", path: "a.txt", text: "Officials said the toll would rise.\n\nImporters are advised to contact their forwarder directly.")
    #expect(article.blocks.count == 2)
  }

  @Test func offsetsCountUnicodeScalars() {
    let article = Article(id: "a", path: "a.txt", text: "Kyiv’s “defence” — Zelenskyy said. Then é.")
    let first = article.sentences[0].span
    #expect(article.string(in: first) == "Kyiv’s “defence” — Zelenskyy said.")
    #expect(first.end == "Kyiv’s “defence” — Zelenskyy said.".unicodeScalars.count)
  }

  @Test func wordCountIsWhitespaceTokens() {
    #expect(Article(id: "a", path: "a.txt", text: "One two\tthree\n\nfour — five").wordCount == 6)
  }
}

@Suite struct CorpusLoaderTests {
  func folder(_ files: [String: [UInt8]]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
    return dir.path
  }

  @Test func badFilesAreSkippedWithOneLineEachAndTheRestLoads() throws {
    let dir = try folder([
      "a.txt": Array("Good text here.".utf8),
      "b.txt": [0x00, 0x01, 0x02, 0xFF],
      "c.txt": [],
      "d.md": Array("Caf".utf8) + [0xE9] + Array(" au lait, a long enough text to count.".utf8),
      "e.jpg": [0xFF, 0xD8],
    ])
    let (corpus, problems) = CorpusLoader.load(paths: [dir, dir + "/missing.txt"])
    #expect(corpus.articles.map(\.id) == ["a", "d"])
    #expect(problems.count == 4)
    #expect(problems.contains { $0.path.hasSuffix("b.txt") && $0.message.contains("binary") })
    #expect(problems.contains { $0.path.hasSuffix("c.txt") && $0.message.contains("empty") })
    #expect(problems.contains { $0.path.hasSuffix("d.md") && $0.severity == .warning })
    #expect(problems.contains { $0.path.hasSuffix("missing.txt") })
    #expect(problems.allSatisfy { !$0.description.contains("\n") })
  }

  @Test func aByteOrderMarkIsDropped() throws {
    let dir = try folder(["a.txt": [0xEF, 0xBB, 0xBF] + Array("Text.".utf8)])
    #expect(CorpusLoader.load(paths: [dir]).0.articles[0].text.string == "Text.")
  }

  @Test func repeatedIDsAreMadeUnique() {
    let corpus = Corpus(articles: [Article(id: "a", path: "x/a.txt", text: "One."), Article(id: "a", path: "y/a.txt", text: "Two.")])
    #expect(corpus.articles.map(\.id) == ["a", "a~2"])
  }
}

@Suite struct ScalarClassTests {
  @Test func fastSpaceCheckAgreesWithUnicode() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(scalar.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
  }
}
