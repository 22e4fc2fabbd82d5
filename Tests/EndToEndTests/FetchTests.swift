import Foundation
import Testing

/// `parallax analyze --json URL`: feeds and pages fetched from a server on 127.0.0.1 started here.
@Suite struct FetchTests {
  static let feed = """
    <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>
    <item><title>Canal blocked</title><link>http://127.0.0.1/1</link>
    <description>&lt;p&gt;The Ever Given ran aground in the Suez Canal on Tuesday, &lt;b&gt;blocking&lt;/b&gt; 369 ships.&lt;/p&gt;</description></item>
    <item><title>Canal reopens</title><description>Tugs freed the ship on Monday.</description></item>
    </channel></rss>
    """

  static let page = """
    <html><head><meta property="og:site_name" content="Loopback Daily"><title>Ship freed</title></head>
    <body><nav><a href="/">Home</a></nav><article><p>The Ever Given was freed on 29 March, the canal authority said.</p></article></body></html>
    """

  let command = CommandLineTests()

  @Test func aFeedAndAPageAreFetchedAndTheirOffsetsMatchTheRenderedText() throws {
    let server = try LoopbackHTTPServer(routes: [
      "/feed.xml": .init(contentType: "application/rss+xml", body: Self.feed),
      "/story": .init(contentType: "text/html", body: Self.page),
    ])
    let result = try command.run(["analyze", "--json", server.url("/feed.xml"), server.url("/story")])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let articles = try #require(json["articles"] as? [[String: Any]])
    #expect(articles.map { $0["outlet"] as? String } == ["Loopback Wire", "Loopback Wire", "Loopback Daily"])
    #expect(articles.map { $0["id"] as? String } == ["feed-1", "feed-2", "story"])
    for article in articles {
      let text = Array(try #require(article["text"] as? String).unicodeScalars)
      #expect(!text.contains("<"))
      for mention in try #require(article["mentions"] as? [[String: Any]]) {
        let start = try #require(mention["start"] as? Int)
        let end = try #require(mention["end"] as? Int)
        #expect(String(String.UnicodeScalarView(text[start..<end])) == mention["text"] as? String)
      }
    }
  }

  @Test func aFailedFetchIsOneLineAndTheRestLoads() throws {
    let server = try LoopbackHTTPServer(routes: [:])
    let result = try command.run(["analyze", "--json", "seeds", server.url("/missing.xml")])
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("parallax: skipped \(server.url("/missing.xml")): HTTP 404"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func onlyAnAddressThatFailsIsARuntimeError() throws {
    let server = try LoopbackHTTPServer(routes: [:])
    let result = try command.run(["analyze", "--json", server.url("/gone")])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("parallax: skipped \(server.url("/gone")): HTTP 404"))
  }
}
