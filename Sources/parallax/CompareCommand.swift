import ArgumentParser
import NewsModel

/// `parallax compare --json A B`: two articles aligned sentence by sentence.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Align two articles sentence by sentence and mark the words that differ."
  )

  @Flag(help: "Print JSON (the only format for now).")
  var json = false

  @Flag(help: "Indent the JSON for people to read.")
  var pretty = false

  @Option(parsing: .upToNextOption, help: "The corpus the articles belong to (files or folders). Default: seeds/.")
  var corpus: [String] = []

  @Argument(help: "The left article: an id or a path within the corpus.")
  var left: String

  @Argument(help: "The right article: an id or a path within the corpus.")
  var right: String

  func run() throws {
    let loaded = try CorpusOptions.load(paths: corpus).0
    guard let leftArticle = loaded.article(named: left) else { throw ValidationError("no article \(left) in the corpus") }
    guard let rightArticle = loaded.article(named: right) else { throw ValidationError("no article \(right) in the corpus") }
    let alignment = SentenceAligner.align(leftArticle, rightArticle, statistics: CorpusStatistics(corpus: loaded))
    print(alignment.jsonValue(left: leftArticle, right: rightArticle).serialized(indent: pretty ? 2 : nil))
  }
}
