import NewsModel
import Testing
import TerminalUI
@testable import ReaderUI

/// The reading pane's layout of untrusted text: tabs expanded, invisible characters left out,
/// and every line still mapped to the source offsets it shows.
@Suite struct ArticleLayoutTextTests {
  private func layout(_ text: String, width: Int = 40) -> (Article, ArticleLayout) {
    let article = Article(id: "a", path: "a.txt", text: text)
    return (article, ArticleLayout(article: article, mentions: [], highlights: [], width: width, theme: .monochrome))
  }

  /// The source text of each span of a line, with what it shows.
  private func sources(_ rendered: ArticleLayout.RenderedLine, in article: Article) -> [(shown: String, source: String)] {
    zip(rendered.line.spans, rendered.spanSources).map { ($0.text, article.string(in: $1)) }
  }

  @Test func aTabExpandsToTheNextTabStopOfTheLine() throws {
    let (article, layout) = layout("Name\tValue and\tmore.")
    let line = try #require(layout.lines.first)
    #expect(line.line.plainText == "Name    Value and   more.")
    #expect(line.source == TextSpan(start: 0, end: article.text.count))
  }

  @Test func aTabOnAWrappedLineCountsFromThatLinesStart() throws {
    let (_, layout) = layout("aaaa bbbb cccc dd\tee", width: 14)
    #expect(layout.lines.map(\.line.plainText) == ["aaaa bbbb cccc", "dd  ee"])
  }

  @Test func escapesAreNeutralisedAndInvisiblesLeftOutWithTheOffsetsKept() throws {
    let text = "Kyiv\u{1B}]0;pwned\u{07} said \u{202E}evil\u{202C} soft\u{AD}ly."
    let (article, layout) = layout(text, width: 80)
    let line = try #require(layout.lines.first)
    #expect(line.line.plainText == "Kyiv�]0;pwned� said evil softly.")
    #expect(line.source == TextSpan(start: 0, end: article.text.count))
    for (shown, source) in sources(line, in: article) {
      #expect(SafeText.sanitized(source) == shown)
    }
  }

  @Test func highlightsKeepTheirSourceSpansAcrossTabsAndInvisibles() throws {
    let text = "One\ttwo \u{200B}Kursk\u{202E} three."
    let article = Article(id: "a", path: "a.txt", text: text)
    let scalars = Array(text.unicodeScalars)
    let start = scalars.firstIndex(of: "K")!
    let highlight = ArticleLayout.Highlight(span: TextSpan(start: start, end: start + 5), role: .searchMatch)
    let layout = ArticleLayout(article: article, mentions: [], highlights: [highlight], width: 40, theme: .monochrome)
    let line = try #require(layout.lines.first)
    let marked = try #require(zip(line.line.spans, line.spanSources).first { $0.0.text == "Kursk" })
    #expect(marked.1 == highlight.span)
    #expect(line.line.plainText == "One two Kursk three.")
  }

  @Test(arguments: [2, 5, 10, 41])
  func wideAndCombiningTextNeverOverflowsTheWidth(width: Int) {
    let (_, layout) = layout("東京東京東京東京 e\u{301}e\u{301}e\u{301} 👍👍👍 Kyiv\tsaid 🇺🇦 flags.", width: width)
    #expect(layout.lines.allSatisfy { $0.line.displayWidth <= width })
  }

  @Test func overlappingHighlightsWinOverMentionsAndTheFirstGivenWinsATie() throws {
    let text = "Kyiv said Kursk fell."
    let article = Article(id: "a", path: "a.txt", text: text)
    let kursk = TextSpan(start: 10, end: 15)
    let mention = Mention(span: kursk, type: .geopolitical)
    let highlights = [
      ArticleLayout.Highlight(span: TextSpan(start: 10, end: 12), role: .disputedFigure),
      ArticleLayout.Highlight(span: TextSpan(start: 5, end: 15), role: .searchMatch),
    ]
    let theme = Theme.default
    let layout = ArticleLayout(article: article, mentions: [mention], highlights: highlights, width: 40, theme: theme)
    let line = try #require(layout.lines.first)
    let runs = zip(line.line.spans, line.spanSources).map { ($0.text, $1, $0.style) }
    #expect(runs.map(\.0) == ["Kyiv ", "said ", "Ku", "rsk", " fell."])
    #expect(runs.map(\.2) == [
      theme.style(.body), theme.style(.searchMatch), theme.style(.disputedFigure), theme.style(.searchMatch),
      theme.style(.body),
    ])
    #expect(runs[2].1 == TextSpan(start: 10, end: 12))
  }
}
