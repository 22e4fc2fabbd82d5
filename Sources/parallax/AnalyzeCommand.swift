import ArgumentParser
import Foundation
import NewsModel

/// `parallax analyze --json`: the analysis as JSON, no terminal needed.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Print the analysis of a corpus (articles, mentions, entities, discrepancies)."
  )

  @Flag(help: "Print JSON (the only format for now).")
  var json = false

  @Flag(help: "Indent the JSON for people to read.")
  var pretty = false

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let analysis = Analysis(corpus: try corpus.load())
    var writer = JSONWriter(indent: pretty ? 2 : nil) { chunk in
      try? FileHandle.standardOutput.write(contentsOf: Data(chunk))
    }
    analysis.writeJSON(to: &writer)
    writer.finish()
  }
}
