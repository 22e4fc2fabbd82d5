import Testing
@testable import NewsModel

@Suite struct FrontMatterTests {
  @Test func knownKeysOnTheFirstLinesAreMetadataWithoutFences() {
    let text = "Title: Quake toll rises\nOutlet: Quillstone Wire\nAuthor: A. Writer\nDate: 2023-09-09\nURL: https://example.org/q\n\nThe toll rose to 2,000."
    let article = Article(id: "q", path: "q.txt", text: text)
    #expect(article.metadata == ArticleMetadata(
      title: "Quake toll rises", outlet: "Quillstone Wire", author: "A. Writer", date: "2023-09-09", url: "https://example.org/q"))
    #expect(article.blocks.map { article.string(in: $0.span) } == ["The toll rose to 2,000."])
  }

  @Test func aFirstLineWithAnUnknownKeyIsBody() {
    let article = Article(id: "q", path: "q.txt", text: "Update: the toll rose to 2,000.\nMore later.")
    #expect(article.metadata == ArticleMetadata())
    #expect(article.outlet == "q")
    #expect(article.blocks.count == 2)
  }
}
