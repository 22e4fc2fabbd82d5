import NewsModel
import Testing
import TerminalUI
import TerminalUITesting
@testable import ReaderUI

/// The compare screen: two outlets side by side, or stacked when narrow.
@Suite struct CompareScreenTests {
  /// The reader with seeds 000 (left) and 003 (right) compared.
  func compared(width: Int, height: Int) -> ReaderState {
    var state = ReaderFixtures.seedsState(width: width, height: height)
    state.type("c")
    while state.compare?.right != 3 { state.type(">") }
    return state
  }

  @Test func sideBySideAt160x40() {
    let state = compared(width: 160, height: 40)
    #expect(state.compare?.left == 0)
    expectSnapshot(ReaderProgram.frame(for: state).snapshot, named: "compare-160x40")
  }

  @Test func stackedAt80x24() {
    expectSnapshot(ReaderProgram.frame(for: compared(width: 80, height: 24)).snapshot, named: "compare-80x24")
  }

  @Test func nextDifferenceMovesAndEscapeGoesBack() {
    var state = compared(width: 160, height: 40)
    state.type("]d")
    let first = try! #require(state.compare?.current)
    state.type("]d")
    #expect((state.compare?.current ?? 0) > first)
    _ = state.update(.input(.key(.escape)))
    #expect(state.compare == nil)
  }

  @Test func swapPutsTheRightArticleOnTheLeft() {
    var state = compared(width: 160, height: 40)
    state.type("s")
    #expect(state.compare?.left == 3)
    #expect(state.compare?.right == 0)
  }

  @Test func zoomCyclesLeftRightBoth() {
    var state = compared(width: 160, height: 40)
    state.type("z")
    #expect(state.compare?.zoom == .left)
    state.type("z")
    #expect(state.compare?.zoom == .right)
    state.type("z")
    #expect(state.compare?.zoom == nil)
  }

  @Test func resizeKeepsTheRow() {
    var state = compared(width: 160, height: 40)
    state.type("jjj")
    _ = state.update(.input(.resize(width: 80, height: 24)))
    #expect(state.compare?.top == 3)
    #expect(state.screen.contains("A "))
  }
}

@Suite struct CompareFromDiscrepancyTests {
  @Test func cOnAnOpenedDiscrepancyComparesTwoOfItsOutletsAtTheFact() throws {
    var state = ReaderFixtures.seedsState(width: 160, height: 40)
    let analysis = ReaderFixtures.seedsAnalysis
    let index = try #require(analysis.discrepancies.firstIndex { Set($0.statements.map(\.articleID)).count > 1 })
    let item = analysis.discrepancies[index]
    _ = state.update(.input(.key(.tab)))
    _ = state.update(.input(.key(.tab)))
    for _ in 0..<index { state.type("j") }
    _ = state.update(.input(.key(.enter)))
    state.type("c")
    let compare = try #require(state.compare)
    let left = state.corpus.articles[compare.left]
    let right = state.corpus.articles[compare.right]
    #expect(left.id == item.statements[0].articleID)
    #expect(right.id != left.id)
    #expect(item.statements.contains { $0.articleID == right.id })
    let row = try #require(compare.current.map { compare.alignment.rows[$0] })
    let sentence = try #require(row.left.map { left.sentences[$0].span })
    #expect(sentence.contains(offset: (item.statements[0].figure ?? item.statements[0].span).start))
  }
}
