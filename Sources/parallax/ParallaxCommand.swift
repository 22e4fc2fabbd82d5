import ArgumentParser
import Foundation
import NewsModel

/// The `parallax` command: the reader by default, with analysis subcommands.
@main
struct ParallaxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parallax",
    abstract: "Read one story in many outlets and see where they disagree.",
    version: "0.1.0",
    subcommands: [ReadCommand.self, AnalyzeCommand.self, CompareCommand.self, ReportCommand.self],
    defaultSubcommand: ReadCommand.self
  )

  /// Runs the command; usage errors exit with 2 (the argument parser's default is 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        StandardError.write(fullMessage(for: error))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Options shared by every command that opens a corpus.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Article files (.txt, .md, .html, .xml/.rss/.atom feeds), folders, or http(s) addresses. Default: seeds/.")
  var paths: [String] = []

  /// Loads the corpus, printing one line per problem to standard error.
  func load() throws -> Corpus { try loadReportingProblems().0 }

  /// Loads the corpus and returns the problems too (each also printed to standard error).
  func loadReportingProblems() throws -> (Corpus, [LoadProblem]) { try Self.load(paths: paths) }

  /// Loads the corpus at paths (seeds/ when none) and addresses (fetched over HTTP, after the files),
  /// printing each problem to standard error.
  static func load(paths: [String]) throws -> (Corpus, [LoadProblem]) {
    let urls = paths.filter(RemoteSource.isURL)
    let files = paths.filter { !RemoteSource.isURL($0) }
    let onlyURLs = files.isEmpty && !urls.isEmpty
    var (corpus, problems) = onlyURLs ? (Corpus(articles: []), []) : CorpusLoader.load(paths: files.isEmpty ? ["seeds"] : files)
    for problem in problems { StandardError.write("parallax: \(problem)") }
    let (fetched, fetchProblems) = RemoteSource.articles(at: urls)
    corpus = corpus.appending(fetched)
    problems += fetchProblems
    guard !corpus.articles.isEmpty else {
      throw RuntimeError("no article could be loaded from \(paths.isEmpty ? "seeds" : paths.joined(separator: ", "))")
    }
    return (corpus, problems)
  }
}
