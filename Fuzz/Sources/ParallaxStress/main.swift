import Foundation
import NewsModel
import ReaderUI
import TerminalUI

/// Times each stage of Parallax on one big file, to show that none is quadratic.
///
/// usage: ParallaxStress FILE      (scripts/stress.sh makes the files and runs it)
/// Prints one line per stage: its name and seconds. Discrepancies are found between the file
/// and a copy of its first 64 KB, so two outlets are compared. "analysis (all)" is entities,
/// figures, linking and discrepancies together, as the reader and `analyze` run them.

/// Runs a stage, prints its time, returns its result.
func stage<T>(_ name: String, _ work: () -> T) -> T {
  let clock = ContinuousClock()
  var result: T?
  let elapsed = clock.measure { result = work() }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  print(name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
  return result!
}

guard CommandLine.arguments.count == 2 else {
  print("usage: ParallaxStress FILE")
  exit(2)
}
let path = CommandLine.arguments[1]
let data = stage("read") { FileManager.default.contents(atPath: path) ?? Data() }
guard case .success(let (text, _)) = stage("decode", { CorpusLoader.decode(data, path: path) }) else {
  print("not an article: \(path)")
  exit(1)
}
let article = stage("blocks+sentences") { Article(id: "big", path: path, text: text) }
print("size            \(data.count) bytes, \(article.text.count) scalars, \(article.blocks.count) blocks, \(article.sentences.count) sentences")
let small = Article(id: "small", path: "small.txt", text: String(text.unicodeScalars.prefix(65_536)))
_ = stage("tokenizer") { Tokenizer.tokens(in: article.text).count }
let names = stage("entities") { NameRecognizer.mentions(in: article) }
let figures = stage("figures") { FigureRecognizer.mentions(in: article) }
let corpus = Corpus(articles: [article, small])
let analysis = stage("analysis (all)") { Analysis(corpus: corpus) }
var mentions = analysis.mentions
let entities = stage("linking again") { EntityLinker.link(&mentions, in: corpus) }
let discrepancies = stage("discrepancies") {
  DiscrepancyFinder.discrepancies(in: corpus, mentions: mentions, entities: entities)
}
let json = stage("json") { analysis.jsonText }
print("found           \(names.count + figures.count) mentions, \(entities.count) entities, \(discrepancies.count) discrepancies, \(json.utf8.count) bytes of JSON")
let layout = stage("layout 88 cols") {
  ArticleLayout(article: article, mentions: mentions[0], highlights: [], width: 88, theme: .default)
}
print("layout          \(layout.lines.count) lines")
_ = stage("reader frames") {
  var state = ReaderState(corpus: corpus, width: 200, height: 60)
  _ = state.update(.analysisReady(analysis))
  var cells = 0
  for key: InputEvent in [.key(.tab), "G", "g", "e", "n", "i", .key(.escape), "c", "j", .key(.escape)] {
    _ = state.update(.input(key))
    cells += ReaderProgram.frame(for: state).cells.count
  }
  return cells
}
