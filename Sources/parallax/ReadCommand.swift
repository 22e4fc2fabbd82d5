import ArgumentParser
import Foundation
import NcursesTerminal
import NewsModel
import ReaderUI
import TerminalUI

/// `parallax [PATH…]`: open the reader.
///
/// The terminal opens at once with a loading screen; articles arrive in batches and the
/// analysis runs in the background, so the first frame never waits on the corpus.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on articles (the default command)."
  )

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    TerminalSignals.install()
    let paths = corpus.paths.isEmpty ? ["seeds"] : corpus.paths
    let local = paths.filter { !RemoteSource.isURL($0) }
    var (files, problems) = CorpusLoader.discover(paths: local)
    for problem in problems { StandardError.write("parallax: \(problem)") }
    let (fetched, fetchProblems) = RemoteSource.articles(at: paths.filter(RemoteSource.isURL))
    problems += fetchProblems
    guard !files.isEmpty || !fetched.isEmpty else {
      throw RuntimeError("no article found in \(paths.joined(separator: ", "))")
    }
    adoptUTF8Locale()
    let colorMode = ColorMode.fromEnvironment()
    let theme: Theme = colorMode == .none ? .monochrome : .default
    let places = ReadingPlaces.open()
    if let problem = places.problem { StandardError.write("parallax: \(problem)") }
    let outcome: Outcome
    let placesNow: [String: ReadingPlace]
    let laterProblems: [String]
    do {
      var terminal = try NcursesTerminal(colorMode: colorMode)
      let inbox = Inbox<Message>()
      BackgroundLoader.start(files, fetched: fetched, inbox: inbox)
      (outcome, placesNow, laterProblems) = Self.read(
        files: files, problems: problems, places: places, theme: theme, inbox: inbox, on: &terminal)
    } catch {
      throw RuntimeError(error.description)
    }
    // Files that failed while the screen was in use are listed once it is restored.
    for problem in laterProblems { StandardError.write("parallax: \(problem)") }
    places.save(placesNow)
    switch outcome {
    case .quit: return
    case .nothingLoaded: throw RuntimeError("no article could be loaded from \(paths.joined(separator: ", "))")
    case .signal(let signal): throw ExitCode(128 + signal)
    }
  }

  /// How a reading session ended.
  enum Outcome {
    case quit, nothingLoaded
    case signal(Int32)
  }

  /// Shows the loading screen until the first articles arrive, then runs the reader; returns how it
  /// ended, the places to keep for the next run and the problems met while files loaded.
  static func read(
    files: [String], problems: [LoadProblem], places: ReadingPlaces, theme: Theme, inbox: Inbox<Message>,
    on terminal: inout NcursesTerminal
  ) -> (Outcome, [String: ReadingPlace], [String]) {
    var early: [Message] = []
    var first: (articles: [Article], problems: [String])?
    let initial = problems.map(\.description) + (places.problem.map { [$0] } ?? [])
    var loadProblems = initial
    func later(_ all: [String]) -> [String] { Array(all.dropFirst(initial.count)) }
    while first == nil {
      if let signal = TerminalSignals.pendingSignal { return (.signal(signal), [:], later(loadProblems)) }
      var frame = Buffer(area: Rect(width: terminal.size.width, height: terminal.size.height))
      LoadingView(files: files.count, theme: theme).render(in: frame.area, into: &frame)
      terminal.present(frame)
      if terminal.nextEvent(timeoutMilliseconds: 20) == .character("q") { return (.quit, [:], later(loadProblems)) }
      for message in inbox.drain() {
        switch message {
        case .articlesLoaded(let articles, let more) where first == nil:
          loadProblems += more
          if !articles.isEmpty { first = (articles, more) }
        case .loadingFinished where first == nil: return (.nothingLoaded, [:], later(loadProblems))
        default: early.append(message)
        }
      }
    }
    guard let first else { return (.nothingLoaded, [:], later(loadProblems)) }
    var state = ReaderState(
      corpus: Corpus(articles: first.articles), width: terminal.size.width, height: terminal.size.height,
      theme: theme, loadProblems: loadProblems, loadingTotal: files.count)
    state.restorePlaces(places.saved, directory: FileManager.default.currentDirectoryPath)
    for message in early { _ = state.update(message) }
    let exit = ReaderProgram.run(&state, on: &terminal, inbox: inbox) { TerminalSignals.pendingSignal != nil }
    let problemsMet = later(state.loadProblems)
    if exit == .stopped, let signal = TerminalSignals.pendingSignal {
      return (.signal(signal), state.placesToSave(), problemsMet)
    }
    return (.quit, state.placesToSave(), problemsMet)
  }
}
