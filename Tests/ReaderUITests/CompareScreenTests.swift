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
