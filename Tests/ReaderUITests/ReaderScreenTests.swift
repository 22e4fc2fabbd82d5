import Testing
import TerminalUI
import TerminalUITesting
@testable import ReaderUI

/// Snapshots of whole screens: text rows, then style runs.
@Suite struct ReaderScreenTests {
  @Test func readerAt120x40() {
    expectSnapshot(ReaderProgram.frame(for: ReaderFixtures.seedsState(width: 120, height: 40)).snapshot, named: "reader-120x40")
  }

  @Test func readerAt80x24() {
    expectSnapshot(ReaderProgram.frame(for: ReaderFixtures.seedsState(width: 80, height: 24)).snapshot, named: "reader-80x24")
  }

  @Test func readerWithoutColour() {
    let state = ReaderFixtures.seedsState(width: 80, height: 24, theme: .monochrome)
    expectSnapshot(ReaderProgram.frame(for: state).snapshot, named: "reader-80x24-no-color")
  }

  @Test func helpOverlay() {
    var state = ReaderFixtures.seedsState(width: 120, height: 40)
    state.type("?")
    expectSnapshot(ReaderProgram.frame(for: state).snapshot, named: "help-120x40")
  }

  @Test func tooSmallTerminalSaysSo() {
    var state = ReaderFixtures.seedsState()
    _ = state.update(.input(.resize(width: 20, height: 6)))
    #expect(state.screen.contains("Too small: need 40×8"))
    _ = state.update(.input(.resize(width: 60, height: 6)))
    #expect(state.screen.contains("Terminal too small: 60×6, need 40×8"))
    _ = state.update(.input(.resize(width: 1, height: 1)))
    #expect(state.screen == "…")
    _ = state.update(.input(.resize(width: 120, height: 40)))
    #expect(state.screen.contains("Articles"))
  }
}
