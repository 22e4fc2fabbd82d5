import Foundation
import Testing
@testable import NewsModel

/// Times figure recognition and discrepancy finding on a folder named by `PARALLAX_BENCH_DIR`
/// (run with `swift test -c release --filter FigureBenchmarkTests`); does nothing without it.
@Suite struct FigureBenchmarkTests {
  @Test func wordsPerSecond() throws {
    guard let folder = ProcessInfo.processInfo.environment["PARALLAX_BENCH_DIR"] else { return }
    let (corpus, _) = CorpusLoader.load(paths: [folder])
    let words = corpus.articles.reduce(0) { $0 + $1.wordCount }
    let clock = ContinuousClock()
    var mentions: [[Mention]] = []
    let recognition = clock.measure { mentions = corpus.articles.map { FigureRecognizer.mentions(in: $0) } }
    var found = 0
    let finding = clock.measure {
      found = DiscrepancyFinder.discrepancies(in: corpus, mentions: mentions, entities: []).count
    }
    let seconds = (recognition + finding) / .seconds(1)
    print("figures+discrepancies: \(words) words, \(recognition) + \(finding), \(Int(Double(words) / seconds)) words/s, \(found) discrepancies")
  }
}
