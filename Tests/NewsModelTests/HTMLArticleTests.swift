import Testing
@testable import NewsModel

@Suite struct HTMLArticleTests {
  static let page = """
    <!DOCTYPE html>
    <html><head>
    <title>Quake kills 2,000 | Morning Lamplight</title>
    <meta property="og:title" content="Quake kills 2,000 in Morocco">
    <meta property="og:site_name" content="The Morning Lamplight">
    <meta property="article:published_time" content="2023-09-10T08:00:00Z">
    <meta name="author" content="Clara Whitcombe">
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <header><p>Site header</p></header>
    <main><article>
    <h1>Quake kills 2,000</h1>
    <p>Rescuers dug through the night &amp; into Sunday&#8217;s heat, officials said.
    <p>The toll rose to 2,012, the ministry&#x2019;s figure.<br>More followed.</p>
    <ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul>
    <aside>Sign up for our newsletter</aside>
    <!-- a comment <p>hidden</p> -->
    </article></main>
    <footer>© The Morning Lamplight</footer>
    </body></html>
    """

  @Test func theArticleTextIsExtractedWithoutFurniture() {
    let article = HTMLArticleExtractor.article(id: "h", path: "h.html", html: Self.page)
    let blocks = article.blocks.map { article.string(in: $0.span) }
    #expect(blocks == [
      "Quake kills 2,000",
      "Rescuers dug through the night & into Sunday’s heat, officials said.",
      "The toll rose to 2,012, the ministry’s figure. More followed.",
    ])
    #expect(article.blocks.first?.kind == .heading)
  }

  @Test func metadataComesFromOpenGraphAndMetaTags() {
    let metadata = HTMLArticleExtractor.article(id: "h", path: "h.html", html: Self.page).metadata
    #expect(metadata == ArticleMetadata(
      title: "Quake kills 2,000 in Morocco", outlet: "The Morning Lamplight", author: "Clara Whitcombe",
      date: "2023-09-10T08:00:00Z"))
  }

  @Test func malformedHTMLStillGivesItsText() {
    let html = "<html><body><div><p>Unclosed <b>bold <i>and &bogus; &#xZZ; &#99999999; entity<p>Second < 3 paragraph</div><p attr=unquoted"
    let article = HTMLArticleExtractor.article(id: "h", path: "h.html", html: html)
    #expect(article.blocks.map { article.string(in: $0.span) } == [
      "Unclosed bold and &bogus; &#xZZ; \u{FFFD} entity", "Second < 3 paragraph",
    ])
  }

  @Test func theHeadlineInAnArticlesOwnHeaderIsKept() {
    let html = "<body><header><h1>Site name</h1></header><article><header><h1>Canal blocked</h1><a href=/s>Share</a></header><p>Ships wait.</p></article></body>"
    let article = HTMLArticleExtractor.article(id: "h", path: "h.html", html: html)
    #expect(article.blocks.map { article.string(in: $0.span) } == ["Canal blocked", "Ships wait."])
    #expect(article.title == "Canal blocked")
  }

  @Test func entitiesAreDecoded() {
    #expect(HTMLEntities.decode("Fish &amp; chips &mdash; &#8220;cheap&#8221; &#x2019;&#150;&nbsp;") == "Fish & chips — “cheap” ’–\u{00A0}")
  }

  @Test func withoutAnArticleElementTheBodyIsUsedAndTimeGivesTheDate() {
    let html = "<body><time datetime=\"2024-07-19\">19 July</time><p>Airlines grounded flights.</p></body>"
    let article = HTMLArticleExtractor.article(id: "h", path: "h.html", html: html)
    #expect(article.metadata.date == "2024-07-19")
    #expect(article.blocks.map { article.string(in: $0.span) } == ["19 July", "Airlines grounded flights."])
  }
}
