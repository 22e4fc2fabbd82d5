import ArgumentParser
import NcursesTerminal
import NewsModel
import ReaderUI

/// `parallax [PATH…]`: open the reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on articles (the default command)."
  )

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    TerminalSignals.install()
    let (loaded, problems) = try corpus.loadReportingProblems()
    adoptUTF8Locale()
    let colorMode = ColorMode.fromEnvironment()
    let exit: ReaderProgram.Exit
    do {
      var terminal = try NcursesTerminal(colorMode: colorMode)
      var state = ReaderState(
        corpus: loaded, width: terminal.size.width, height: terminal.size.height,
        theme: colorMode == .none ? .monochrome : .default, loadProblems: problems.map(\.description))
      let inbox = Inbox<Message>()
      Task.detached(priority: .userInitiated) { inbox.post(.analysisReady(Analysis(corpus: loaded))) }
      exit = ReaderProgram.run(&state, on: &terminal, inbox: inbox) { TerminalSignals.pendingSignal != nil }
    } catch {
      throw RuntimeError(error.description)
    }
    if exit == .stopped, let signal = TerminalSignals.pendingSignal {
      throw ExitCode(128 + signal)
    }
  }
}
