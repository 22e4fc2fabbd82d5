import ArgumentParser
import NewsModel

/// `parallax report`: every discrepancy with each outlet's exact words, as Markdown.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print a Markdown report of where the outlets disagree, with each outlet's exact words."
  )

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let loaded = try corpus.load()
    let analysis = Analysis(corpus: loaded)
    print(Discrepancy.markdownReport(analysis.discrepancies, corpus: loaded), terminator: "")
  }
}
