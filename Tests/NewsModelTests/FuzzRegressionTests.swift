import Foundation
import Testing
import NewsModel

/// Inputs the fuzzer (scripts/fuzz.sh) found crashing, minimised: each must now analyse cleanly.
@Suite struct FuzzRegressionTests {
  /// Decodes bytes as a file, analyses them with a second outlet, and encodes the JSON.
  private func analyse(_ bytes: [UInt8]) throws -> String {
    let (text, _) = try CorpusLoader.decode(Data(bytes), path: "fuzz.txt").get()
    let other = Article(id: "b", path: "b.txt", text: "Russia sent 10,000 troops, nearly 12 tanks and more than 5 ships.")
    let analysis = Analysis(corpus: Corpus(articles: [Article(id: "a", path: "fuzz.txt", text: text), other]))
    return analysis.jsonValue.serialized()
  }

  @Test(arguments: ["nearly 0", "more than 0 ships", "fewer than 0 tanks", "at least 0 troops", "up to 0 dead"])
  func aHedgedZeroIsAFigure(text: String) throws {
    let json = try analyse(Array(text.utf8))
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }
}
