import NewsModel
import Testing
import TerminalUI
@testable import ReaderUI

/// Behaviour of `update`: messages in, state and effects out.
@Suite struct ReaderStateTests {
  @Test func qQuits() {
    var state = ReaderFixtures.seedsState()
    #expect(state.update(.input("q")) == [.quit])
  }

  @Test func jAndKMoveInTheList() {
    var state = ReaderFixtures.seedsState()
    state.type("jj")
    #expect(state.selectedArticle == 2)
    state.type("k")
    #expect(state.selectedArticle == 1)
    state.type("kkkk")
    #expect(state.selectedArticle == 0)
    _ = state.update(.input(.key(.end)))
    #expect(state.selectedArticle == ReaderFixtures.seeds.articles.count - 1)
  }

  @Test func tabCyclesFocusAndShiftTabGoesBack() {
    var state = ReaderFixtures.seedsState(width: 120)
    _ = state.update(.input(.key(.tab)))
    #expect(state.focus == .reading)
    _ = state.update(.input(.key(.tab)))
    #expect(state.focus == .panel)
    _ = state.update(.input(.key(.backTab)))
    #expect(state.focus == .reading)
  }

  @Test func scrollingTheReadingPaneStopsAtTheEnd() {
    var state = ReaderFixtures.seedsState(width: 80, height: 24)
    _ = state.update(.input(.key(.enter)))
    #expect(state.focus == .reading)
    state.type("jjj")
    #expect(state.readingTop == 3)
    state.type("G")
    #expect(state.readingTop == state.layout.lines.count - state.readingHeight)
    state.type("g")
    #expect(state.readingTop == 0)
  }

  @Test func eachArticleKeepsItsReadingPosition() {
    var state = ReaderFixtures.seedsState(width: 80, height: 24)
    _ = state.update(.input(.key(.enter)))
    _ = state.update(.input(.key(.pageDown)))
    let position = state.readingTop
    #expect(position > 0)
    state.type("J")
    #expect(state.readingTop == 0)
    state.type("K")
    #expect(state.readingTop == position)
  }

  @Test func resizeKeepsTheReadingPlace() {
    var state = ReaderFixtures.seedsState(width: 120, height: 40)
    _ = state.update(.input(.key(.enter)))
    state.type("jjjjjjjjjj")
    let offset = state.layout.sourceOffset(atLine: state.readingTop) ?? 0
    _ = state.update(.input(.resize(width: 80, height: 24)))
    _ = state.update(.input(.resize(width: 120, height: 40)))
    let after = state.layout.sourceOffset(atLine: state.readingTop) ?? 0
    let line = state.layout.lines[state.readingTop].source ?? TextSpan(start: 0, end: 0)
    #expect(line.contains(offset: offset) || after == offset)
  }

  @Test func helpOpensAndCloses() {
    var state = ReaderFixtures.seedsState()
    state.type("?")
    #expect(state.screen.contains("Help"))
    _ = state.update(.input(.key(.escape)))
    #expect(state.overlay == nil)
  }

  @Test func twoKeySequencesWaitForTheSecondKey() {
    var state = ReaderFixtures.seedsState()
    state.type("]")
    #expect(state.pendingKeys == ["]"])
    state.type("x")
    #expect(state.pendingKeys.isEmpty)
  }

  @Test func searchFindsMatchesAcrossArticlesAndSteps() {
    var state = ReaderFixtures.seedsState()
    state.type("/troops")
    #expect(state.prompt?.text == "troops")
    _ = state.update(.input(.key(.enter)))
    let results = try! #require(state.search)
    #expect(results.matches.count > 3)
    #expect(Set(results.matches.map(\.article)).count > 1)
    let first = results.current
    state.type("n")
    #expect(state.search?.current == (first ?? 0) + 1)
    #expect(state.screen.contains("/troops: match"))
  }

  @Test func mouseWheelScrollsAndClickSelects() {
    var state = ReaderFixtures.seedsState(width: 120, height: 40)
    let reading = state.geometry.reading
    _ = state.update(.input(.mouse(MouseEvent(action: .wheelDown, x: reading.x + 5, y: reading.y + 5))))
    #expect(state.readingTop == 3)
    let list = state.geometry.list
    _ = state.update(.input(.mouse(MouseEvent(action: .press, x: list.x + 2, y: list.y + 1 + 2 * ArticleListRows.articleRows))))
    #expect(state.selectedArticle == 2)
    #expect(state.focus == .list)
  }

  @Test func untrustedTextNeverReachesTheScreenAsControls() {
    let hostile = Article(id: "x", path: "x.txt", text: "Evil \u{1B}]0;owned\u{07} title \u{1B}[31mred\u{202E}rev\n\nBody\ttext.")
    let state = ReaderState(corpus: Corpus(articles: [hostile]), width: 80, height: 24)
    let frame = ReaderProgram.frame(for: state)
    #expect(!frame.cells.contains { cell in cell.grapheme.unicodeScalars.contains { SafeText.isControl($0) || SafeText.isBidiControl($0) } })
  }
}

@Suite struct LoadingInBatchesTests {
  @Test func articlesArriveWhileTheReaderIsOpen() {
    let all = ReaderFixtures.seeds.articles
    var state = ReaderState(corpus: Corpus(articles: Array(all.prefix(2))), width: 120, height: 40, loadingTotal: all.count)
    #expect(state.screen.contains("loading 2 of 5 articles"))
    state.type("j")
    _ = state.update(.articlesLoaded(Array(all.dropFirst(2)), problems: ["skipped x.bin: binary file (NUL bytes), not text"]))
    _ = state.update(.loadingFinished)
    #expect(state.corpus.articles.count == 5)
    #expect(state.selectedArticle == 1)
    #expect(state.screen.contains("analysing…"))
    #expect(state.screen.contains("skipped x.bin"))
    state.type("jjj")
    #expect(state.selectedArticle == 4)
    _ = state.update(.analysisReady(ReaderFixtures.seedsAnalysis))
    #expect(state.screen.contains("discrepancies"))
  }
}
