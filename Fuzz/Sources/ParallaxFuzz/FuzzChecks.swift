import Foundation
import NewsModel
import ReaderUI
import TerminalUI

/// The properties every input must keep; a broken one stops the fuzzer with a message.
enum FuzzChecks {
  /// Spans lie inside their article's text.
  static func checkSpans(_ analysis: Analysis) {
    for (article, mentions) in zip(analysis.corpus.articles, analysis.mentions) {
      for mention in mentions {
        require(mention.span.start >= 0 && mention.span.start <= mention.span.end && mention.span.end <= article.text.count,
                "mention \(mention.span) outside \(article.text.count) scalars")
      }
    }
  }

  /// The JSON is valid JSON (Foundation parses it).
  static func checkJSON(_ analysis: Analysis) {
    let text = analysis.jsonText
    require((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "invalid JSON: \(text.prefix(200))")
  }

  /// Every laid-out line fits its width and shows only text of its article.
  static func checkLayout(_ article: Article, mentions: [Mention], width: Int) {
    let layout = ArticleLayout(article: article, mentions: mentions, highlights: [], width: width, theme: .monochrome)
    for rendered in layout.lines {
      require(rendered.line.displayWidth <= width, "line wider than \(width): \(rendered.line.plainText.debugDescription)")
      for source in rendered.spanSources {
        require(source.start >= 0 && source.end <= article.text.count, "line source \(source) outside the text")
      }
      checkDrawable(rendered.line.plainText)
    }
  }

  /// No cell of a frame holds a control, escape or bidi character, and wide cells are paired.
  static func checkFrame(_ buffer: Buffer) {
    for row in buffer.rows {
      var expectContinuation = false
      for cell in row {
        if cell.isContinuation {
          require(expectContinuation, "a continuation cell without a wide grapheme before it")
          expectContinuation = false
          continue
        }
        require(!expectContinuation, "a wide grapheme without its continuation cell")
        checkDrawable(String(cell.grapheme))
        expectContinuation = cell.grapheme.displayWidth == 2
      }
    }
  }

  /// Text that may reach the terminal: no C0/C1 control (ESC, BEL, CSI) and no bidi control.
  static func checkDrawable(_ text: String) {
    for scalar in text.unicodeScalars {
      require(!SafeText.isControl(scalar) && !SafeText.isBidiControl(scalar), "undrawable scalar U+\(String(scalar.value, radix: 16))")
    }
  }

  private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
  }
}
