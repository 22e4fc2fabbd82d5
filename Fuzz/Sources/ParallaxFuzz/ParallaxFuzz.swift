import Foundation
import NewsModel
import ReaderUI
import TerminalUI

/// The libFuzzer entry: bytes → decode → articles → analysis → JSON, layouts and screens.
///
/// Each input is laid out at two widths and drawn on one screen at one size, both picked
/// from the input's length, so every width, screen and size is reached across inputs while
/// one run stays fast.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let articles = FuzzInput.articles(from: Data(bytes: bytes, count: count))
  guard !articles.isEmpty else { return 0 }
  let analysis = Analysis(corpus: Corpus(articles: articles))
  FuzzChecks.checkSpans(analysis)
  FuzzChecks.checkJSON(analysis)
  let widths = [2, 10, 41, 88]
  for (article, mentions) in zip(analysis.corpus.articles, analysis.mentions) {
    FuzzChecks.checkLayout(article, mentions: mentions, width: widths[count % 2])
    FuzzChecks.checkLayout(article, mentions: mentions, width: widths[2 + count / 2 % 2])
  }
  let sizes = [(20, 6), (80, 24), (130, 30)]
  let screens = FuzzScreens.keySequences(searchingFor: articles[0].title)
  let (width, height) = sizes[count % sizes.count]
  var state = ReaderState(corpus: analysis.corpus, width: width, height: height, theme: .monochrome)
  _ = state.update(.analysisReady(analysis))
  for key in screens[count / sizes.count % screens.count] { _ = state.update(.input(key)) }
  FuzzChecks.checkFrame(ReaderProgram.frame(for: state))
  return 0
}

/// Key presses that open each screen, so every place text is drawn gets the fuzzed text.
enum FuzzScreens {
  /// The reader, entity focus, the entity index, an opened discrepancy, compare, search and help.
  static func keySequences(searchingFor text: String) -> [[InputEvent]] {
    let typed = text.prefix(12).map { InputEvent.character($0) }
    return [
      [], ["e", "n"], ["i", .key(.enter)], [.key(.tab), .key(.tab), .key(.enter)], ["c", "j", "]", "d"],
      ["/"] + typed + [.key(.enter)], ["J", .key(.tab)], ["?"],
    ]
  }
}
