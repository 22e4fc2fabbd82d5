import Foundation
import Testing
@testable import NewsModel

@Suite struct FeedArticlesTests {
  static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Quillstone Wire</title><link>https://example.org</link>
    <item><title>Canal blocked &amp; ships wait</title><link>https://example.org/1</link>
      <pubDate>Wed, 24 Mar 2021 10:00:00 GMT</pubDate><dc:creator>R. Osei</dc:creator>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>The <b>Ever Given</b> ran aground.</p><p>Tugs arrived&#8230;</p>]]></content:encoded></item>
    <item><title>Second</title><description>&lt;p&gt;Only a summary here.&lt;/p&gt;</description></item>
    <item><title>Empty</title></item>
    </channel></rss>
    """

  @Test func eachRSSItemIsAnArticleWithTheChannelAsOutlet() {
    let (articles, problem) = FeedArticles.articles(idStem: "wire", path: "wire.xml", data: Data(Self.rss.utf8))
    #expect(problem == nil)
    #expect(articles.map(\.id) == ["wire-1", "wire-2"])
    #expect(articles.map(\.outlet) == ["Quillstone Wire", "Quillstone Wire"])
    #expect(articles[0].metadata == ArticleMetadata(
      title: "Canal blocked & ships wait", outlet: "Quillstone Wire", author: "R. Osei",
      date: "Wed, 24 Mar 2021 10:00:00 GMT", url: "https://example.org/1"))
    #expect(articles[0].text.string == "The Ever Given ran aground.\n\nTugs arrived…")
    #expect(articles[1].text.string == "Only a summary here.")
  }

  @Test func atomEntriesUseContentOrSummaryAndTheAlternateLink() {
    let atom = """
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Patchline Weekly</title>
      <entry><title>Outage</title><link rel="alternate" href="https://example.org/o"/>
      <updated>2024-07-19T12:00:00Z</updated><author><name>J. Park</name></author>
      <summary type="html">&lt;p&gt;8.5 million devices crashed.&lt;/p&gt;</summary></entry></feed>
      """
    let (articles, problem) = FeedArticles.articles(idStem: "p", path: "p.atom", data: Data(atom.utf8))
    #expect(problem == nil)
    #expect(articles.count == 1)
    #expect(articles.first?.metadata == ArticleMetadata(
      title: "Outage", outlet: "Patchline Weekly", author: "J. Park", date: "2024-07-19T12:00:00Z", url: "https://example.org/o"))
    #expect(articles.first?.text.string == "8.5 million devices crashed.")
  }

  @Test func aTruncatedFeedKeepsTheItemsBeforeTheBreakAndSaysWhere() throws {
    let truncated = String(Self.rss.prefix(through: Self.rss.range(of: "<item><title>Second")!.lowerBound))
    let (articles, problem) = FeedArticles.articles(idStem: "wire", path: "wire.xml", data: Data(truncated.utf8))
    #expect(articles.map(\.id) == ["wire-1"])
    let message = try #require(problem?.description)
    #expect(message.hasPrefix("warning wire.xml: malformed XML at line"))
    #expect(!message.contains("\n"))
  }

  @Test func aFeedThatIsNotXMLIsSkippedWithOneLine() {
    let (articles, problem) = FeedArticles.articles(idStem: "bad", path: "bad.rss", data: Data("<rss><channel><item>&bogus;".utf8))
    #expect(articles.isEmpty)
    #expect(problem?.severity == .skipped)
    #expect(problem?.description.hasPrefix("skipped bad.rss: malformed XML at line 1") == true)
  }

  @Test func formatsAreToldApartByContentThenExtension() {
    #expect(ArticleFormat.detect(path: "x.txt", text: "<?xml version=\"1.0\"?><rss>") == .feed)
    #expect(ArticleFormat.detect(path: "x", text: "  <!DOCTYPE html><html>") == .html)
    #expect(ArticleFormat.detect(path: "x.md", text: "# Title") == .markdown)
    #expect(ArticleFormat.detect(path: "x.txt", text: "<3 plain") == .plain)
    #expect(ArticleFormat.detect(path: "http://127.0.0.1:8080/feed.atom", text: "x") == .feed)
  }
}
