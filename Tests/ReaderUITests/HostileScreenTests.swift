import NewsModel
import Testing
import TerminalUI
@testable import ReaderUI

/// Untrusted article text, drawn on every screen, never reaches a cell as a control,
/// escape sequence or bidi override, and wide text keeps the columns aligned.
@Suite struct HostileScreenTests {
  static let articles = [
    Article(id: "evil\u{1B}]0;id\u{07}", path: "evil.txt", text: """
      ---
      title: Title\u{1B}]0;pwned\u{07} with \u{202E}reversed\u{202C} text
      outlet: Outlet\u{1B}[31m Red\u{9B}2J
      ---
      Russia sent 12,000 North Korean troops\u{1B}[2J\tto Kursk, Vladimir\u{1B}]0;x\u{07} Putin said on Monday.

      The Kremlin\u{AD} said\u{200B} 300 kilometers\u{1B}[H of front were quiet. 東京 e\u{301} 👍 Kursk.
      """),
    Article(id: "plain", path: "plain.txt", text: """
      ---
      title: 東京 title 👍
      outlet: Wide 東京 Outlet
      ---
      Russia sent 10,000 North Korean troops to Kursk, Vladimir Putin said on Monday.

      The Kremlin said 300 kilometers of front were quiet.
      """),
  ]

  static let analysis = Analysis(corpus: Corpus(articles: articles))

  /// A reader on the hostile corpus after `keys`, at a size.
  private func frame(after keys: [InputEvent], width: Int = 130, height: Int = 30) -> Buffer {
    var state = ReaderState(
      corpus: Self.analysis.corpus, width: width, height: height,
      loadProblems: ["skipped bad\u{1B}]0;t\u{07}.txt: binary file (NUL bytes), not text"])
    _ = state.update(.analysisReady(Self.analysis))
    for key in keys { _ = state.update(.input(key)) }
    return ReaderProgram.frame(for: state)
  }

  @Test func theCorpusHasADiscrepancyToShow() {
    #expect(!Self.analysis.discrepancies.isEmpty)
  }

  @Test(arguments: [
    ("reader", []), ("reading pane", [.key(.tab)]), ("entity focus", ["e", "n"]), ("entity index", ["i"]),
    ("discrepancy", [.key(.tab), .key(.tab), .key(.enter)]), ("compare", ["c"]), ("help", ["?"]),
    ("search prompt", ["/", .character("\u{1B}"), "K", .character("\u{07}")]), ("second article", ["j", .key(.tab)]),
  ] as [(String, [InputEvent])])
  func noScreenDrawsAControlOrBidiCharacter(screen: String, keys: [InputEvent]) {
    for (width, height) in [(130, 30), (80, 24), (40, 8)] {
      let buffer = frame(after: keys, width: width, height: height)
      let bad = buffer.cells.filter { cell in
        cell.grapheme.unicodeScalars.contains {
          SafeText.isControl($0) || SafeText.isBidiControl($0) || $0.properties.generalCategory == .format
        }
      }
      #expect(bad.isEmpty, "\(screen) at \(width)×\(height): \(bad.map(\.grapheme))")
      for row in buffer.rows {
        for (cell, next) in zip(row, row.dropFirst()) where !cell.isContinuation && cell.grapheme.displayWidth == 2 {
          #expect(next.isContinuation, "\(screen): a wide grapheme without its second cell")
        }
      }
    }
  }

  @Test func theTitleAndOutletAreShownWithTheirEscapesNeutralised() {
    let text = frame(after: []).plainText
    #expect(text.contains("Title�]0;pwned� with reversed"))
    #expect(text.contains("Outlet�[31m Red�2J"))
    #expect(text.contains("東京 title 👍"))
  }
}
