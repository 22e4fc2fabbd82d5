import Foundation
import Testing
@testable import NewsModel

/// Inputs the fuzzer (scripts/fuzz.sh) found crashing, minimised: each must now analyse cleanly.
@Suite struct FuzzRegressionTests {
  /// Treats bytes as the fuzzer does (0xFF separates files), analyses them and checks the JSON.
  private func expectAnalysed(_ bytes: [UInt8]) throws {
    let articles = try bytes.split(separator: 0xFF, omittingEmptySubsequences: false).enumerated().map { index, piece in
      let (text, _) = try CorpusLoader.decode(Data(piece), path: "\(index).txt").get()
      return Article(id: "a\(index)", path: "\(index).txt", text: text)
    }
    let json = Analysis(corpus: Corpus(articles: articles)).jsonText
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }

  @Test(arguments: ["nearly 0", "more than 0 ships", "fewer than 0 tanks", "at least 0 troops", "up to 0 dead"])
  func aHedgedZeroIsAFigure(text: String) throws {
    try expectAnalysed(Array(text.utf8))
  }

  @Test func aFigureTooLargeForAnIntegerIsStillShown() throws {
    try expectAnalysed(Array("3t ".utf8) + [0xFF] + Array("33333333333333333333333t".utf8))
  }

  @Test(arguments: [(1.2345678901234567e19, "1.2345678901234567e+19"), (Double.infinity, "inf"), (-2.5e300, "-2.5e+300")])
  func aNumberTooLargeForAnIntegerIsFormattedAsWritten(value: Double, expected: String) {
    #expect(FactGrouper.format(value) == expected)
  }

  @Test func largeWholeNumbersAreStillGrouped() {
    #expect(FactGrouper.format(12_000) == "12,000")
    #expect(FactGrouper.format(3e9) == "3 billion")
  }
}
