import Foundation
import NewsModel
import ReaderUI

// Times, in one process: a reader frame at two terminal sizes, the sentence alignment of two
// long articles, and analysis throughput (load excluded, JSON writing included).
//
// usage: parallax-bench [FOLDER]   (default: seeds; run from the package root)

let folder = CommandLine.arguments.dropFirst().first ?? "seeds"
let (corpus, problems) = CorpusLoader.load(paths: [folder])
guard !corpus.articles.isEmpty else {
  print("no articles in \(folder): \(problems.map(\.description).joined(separator: "; "))")
  exit(1)
}
let words = corpus.articles.reduce(0) { $0 + $1.wordCount }
print("corpus: \(folder), \(corpus.articles.count) articles, \(words) words")

// Analysis, then the JSON the command line writes (kept in memory here).
var analysis = Analysis(corpus: corpus)
let analysisTiming = Timing.measure("analysis", runs: 5) { analysis = Analysis(corpus: corpus) }
print("\(analysisTiming.line) · \(Int(Double(words) / analysisTiming.best)) words/s")
var jsonBytes = 0
let jsonTiming = Timing.measure("JSON", runs: 5) {
  var writer = JSONWriter()
  analysis.writeJSON(to: &writer)
  jsonBytes = writer.bytes.count
}
print("\(jsonTiming.line) · \(jsonBytes) bytes")

// The analysis arriving in the reader: the update that takes it on the loop's thread.
let arrivalTiming = Timing.measure("analysis arriving in the reader", runs: 3) {
  var state = ReaderState(corpus: corpus, width: 200, height: 60)
  _ = state.update(.analysisReady(analysis))
}
print(arrivalTiming.line)

// One frame of the reader with the analysis arrived, on the first article.
for (width, height) in [(200, 60), (80, 24)] {
  var state = ReaderState(corpus: corpus, width: width, height: height)
  _ = state.update(.analysisReady(analysis))
  let timing = Timing.measure("frame \(width)×\(height)", runs: 50) { _ = ReaderProgram.frame(for: state) }
  print(timing.line)
}

// Two long articles: every distinct article one after the other, and the same in reverse order.
let distinct = Array(corpus.articles.prefix(5))
let leftText = distinct.map(\.text.string).joined(separator: "\n\n")
let rightText = distinct.reversed().map(\.text.string).joined(separator: "\n\n")
let left = Article(id: "left", path: "left", text: leftText)
let right = Article(id: "right", path: "right", text: rightText)
let statistics = CorpusStatistics(corpus: corpus)
var rows = 0
let alignTiming = Timing.measure("align \(left.sentences.count) × \(right.sentences.count) sentences", runs: 5) {
  rows = SentenceAligner.align(left, right, statistics: statistics).rows.count
}
print("\(alignTiming.line) · \(rows) rows")
