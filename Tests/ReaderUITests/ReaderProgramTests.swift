import NewsModel
import Testing
import TerminalUI
import TerminalUITesting
@testable import ReaderUI

/// The whole loop on an in-memory terminal: events in, frames out.
@Suite struct ReaderProgramTests {
  @Test func theLoopDrawsAppliesKeysAndQuitsOnQ() {
    var state = ReaderState(corpus: ReaderFixtures.seeds, width: 100, height: 30)
    var terminal = ScriptedTerminal(width: 100, height: 30, events: ["j", "j", "?", "q"])
    let inbox = Inbox<Message>()
    inbox.post(.analysisReady(ReaderFixtures.seedsAnalysis))
    let exit = ReaderProgram.run(&state, on: &terminal, inbox: inbox, pollMilliseconds: 0)
    #expect(exit == .quit)
    #expect(state.selectedArticle == 2)
    #expect(terminal.frames.last?.plainText.contains("Help") == true)
    #expect(terminal.frames.first?.plainText.contains("entities") == true)
  }

  @Test func aResizeFromTheTerminalReachesTheState() {
    var state = ReaderState(corpus: ReaderFixtures.seeds, width: 100, height: 30)
    var terminal = ScriptedTerminal(width: 100, height: 30, events: [.resize(width: 70, height: 20)])
    let exit = ReaderProgram.run(&state, on: &terminal, inbox: Inbox(), pollMilliseconds: 0, stopWhenIdle: true)
    #expect(exit == .inputExhausted)
    #expect(state.width == 70 && state.height == 20)
    #expect(terminal.frames.last?.area == Rect(width: 70, height: 20))
  }

  @Test func aStopRequestEndsTheLoop() {
    var state = ReaderState(corpus: ReaderFixtures.seeds, width: 100, height: 30)
    var terminal = ScriptedTerminal(width: 100, height: 30)
    #expect(ReaderProgram.run(&state, on: &terminal, inbox: Inbox(), pollMilliseconds: 0) { true } == .stopped)
  }
}
