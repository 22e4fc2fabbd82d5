import NewsModel
import Testing
import TerminalUI
import TerminalUITesting
@testable import ReaderUI

/// Selecting an entity, stepping through its mentions across articles, and the entity index.
@Suite struct EntityFocusTests {
  @Test func eSelectsTheFirstEntityOnScreenAndMarksItsMentions() throws {
    var state = ReaderFixtures.seedsState()
    _ = state.update(.input(.key(.tab)))
    state.type("e")
    let cursor = try #require(state.cursor)
    #expect(cursor.article == 0 && cursor.mention == 0)
    #expect(state.highlights.contains { $0.role == .focusedMention })
    #expect(try #require(state.cursorDescription).hasPrefix("Joe Biden: mention 1 of"))
  }

  @Test func nStepsThroughEveryMentionOnIntoTheNextArticlesAndWrapsAround() throws {
    var state = ReaderFixtures.seedsState()
    _ = state.update(.input(.key(.tab)))
    state.type("e")
    let key = try #require(state.cursor?.entityKey)
    let total = state.occurrences(ofKey: key).count
    var articles = Set<Int>()
    for _ in 0..<total {
      state.type("n")
      articles.insert(state.selectedArticle)
      #expect(state.cursor?.entityKey == key)
    }
    #expect(articles.count == 5)
    #expect(state.cursor?.article == 0 && state.cursor?.mention == 0)
    state.type("N")
    #expect(state.cursor.map { state.occurrences(ofKey: key).last! == ($0.article, $0.mention) } == true)
  }

  @Test func theSelectedMentionIsAlwaysOnScreen() throws {
    var state = ReaderFixtures.seedsState(width: 80, height: 24)
    _ = state.update(.input(.key(.tab)))
    state.type("e")
    for _ in 0..<12 {
      state.type("n")
      let cursor = try #require(state.cursor)
      let span = state.mentions(ofArticle: cursor.article)[cursor.mention].span
      let line = try #require(state.layout.lineIndex(containing: span.start))
      #expect(line >= state.readingTop && line < state.readingTop + state.readingHeight)
    }
  }

  @Test func theIndexGroupsByTypeFiltersAndJumpsToTheFirstMention() throws {
    var state = ReaderFixtures.seedsState()
    state.type("i")
    #expect(state.overlay == .entityIndex)
    let types = state.entityIndexRows.map(\.type)
    #expect(types == types.sorted { EntityType.allCases.firstIndex(of: $0)! < EntityType.allCases.firstIndex(of: $1)! })
    state.type("/zelensk")
    _ = state.update(.input(.key(.enter)))
    let row = try #require(state.entityIndexRows.first)
    #expect(row.variants.contains("Zelensky") && row.variants.contains("Zelenskyy"))
    #expect(state.screen.contains("aka"))
    _ = state.update(.input(.key(.enter)))
    #expect(state.overlay == nil)
    let cursor = try #require(state.cursor)
    #expect(state.mentions(ofArticle: cursor.article)[cursor.mention].entityID == row.id)
  }

  @Test func entityIndexSnapshot() {
    var state = ReaderFixtures.seedsState(width: 120, height: 40)
    state.type("i")
    expectSnapshot(ReaderProgram.frame(for: state).snapshot, named: "entity-index-120x40")
  }

  @Test func aClickOnAMentionSelectsIt() throws {
    var state = ReaderFixtures.seedsState(width: 120, height: 40)
    let content = ReaderGeometry.content(of: state.geometry.reading)
    let line = state.layout.lines[0]
    var column = 0
    for (span, source) in zip(line.line.spans, line.spanSources) {
      if state.mentions(ofArticle: 0).contains(where: { $0.span.contains(source) }) { break }
      column += span.text.displayWidth
    }
    _ = state.update(.input(.mouse(MouseEvent(action: .press, x: content.x + 1 + column, y: content.y))))
    #expect(state.cursor != nil)
    #expect(state.focus == .reading)
  }
}
