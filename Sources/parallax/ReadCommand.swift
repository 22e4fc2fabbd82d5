import ArgumentParser
import NewsModel

/// `parallax [PATH…]`: open the reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on articles (the default command)."
  )

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let loaded = try corpus.load()
    print(loaded.articles.map(\.title).joined(separator: "\n"))
  }
}
