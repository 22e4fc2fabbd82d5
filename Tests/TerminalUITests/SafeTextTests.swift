import Testing
import TerminalUI

/// Untrusted text never reaches a cell as a control, escape sequence or invisible format character.
@Suite struct SafeTextTests {
  /// Every scalar a terminal would act on rather than draw.
  private func hasUndrawable(_ text: String) -> Bool {
    text.unicodeScalars.contains { SafeText.isControl($0) || SafeText.isBidiControl($0) }
  }

  @Test(arguments: [
    "title\u{1B}]0;pwned\u{07}after",  // OSC: set the window title, ended by BEL
    "title\u{1B}]2;pwned\u{1B}\\after",  // OSC ended by ST
    "red\u{1B}[31mtext\u{1B}[2J\u{1B}[H",  // CSI: colour, clear, home
    "c1\u{9B}31mcsi\u{9D}0;osc\u{9C}",  // the 8-bit C1 forms
    "bell\u{07}back\u{08}del\u{7F}cr\rnul\u{0}",
  ])
  func escapeSequencesAreNeutralised(text: String) {
    let safe = SafeText.sanitized(text)
    #expect(!hasUndrawable(safe))
    #expect(safe.contains("\u{FFFD}"))
    var buffer = Buffer(area: Rect(width: 60, height: 1))
    buffer.write(text, x: 0, y: 0)
    #expect(!hasUndrawable(buffer.plainText))
  }

  @Test(arguments: ["\u{202E}evil", "\u{2066}isolate\u{2069}", "soft\u{AD}hyphen", "zero\u{200B}width", "\u{FEFF}bom"])
  func invisibleFormatCharactersAreDropped(text: String) {
    let safe = SafeText.sanitized(text)
    #expect(!safe.unicodeScalars.contains { $0.properties.generalCategory == .format })
    var buffer = Buffer(area: Rect(width: 20, height: 1))
    let end = buffer.write(text, x: 0, y: 0)
    #expect(buffer.plainText == safe)
    #expect(end == safe.displayWidth)
  }

  @Test func clustersKeepTheirMarksAndLoseTheirControls() {
    #expect(SafeText.displayable("e\u{301}") == "e\u{301}")
    #expect(SafeText.displayable("\r\n") == "\u{FFFD}")
    #expect(SafeText.wrappable("\r\n") == " ")
    #expect(SafeText.wrappable("\u{202E}") == nil)
    #expect(SafeText.wrappable("\t") == "\t")
  }

  @Test func tabsExpandToTheNextTabStop() {
    #expect(SafeText.sanitized("a\tb", tabWidth: 4) == "a   b")
    #expect(SafeText.sanitized("abcd\te", tabWidth: 4) == "abcd    e")
    #expect(SafeText.sanitized("東\tx", tabWidth: 4) == "東  x")
  }

  @Test func wideAndCombiningGraphemesKeepColumnsAligned() {
    var buffer = Buffer(area: Rect(width: 10, height: 3))
    buffer.write("東京|", x: 0, y: 0)
    buffer.write("e\u{301}e\u{301}e\u{301}e\u{301}|", x: 0, y: 1)
    buffer.write("👍👍|", x: 0, y: 2)
    for row in 0..<3 {
      #expect(buffer[4, row].grapheme == "|", "row \(row): \(buffer.plainText)")
    }
    #expect(buffer[1, 0].isContinuation && buffer[1, 2].isContinuation)
    #expect(buffer[0, 1].grapheme == "e\u{301}")
  }

  @Test func aWideGraphemeCutAtTheEdgeLeavesABlank() {
    var buffer = Buffer(area: Rect(width: 3, height: 1))
    #expect(buffer.write("ab東", x: 0, y: 0) == 3)
    #expect(buffer.plainText == "ab")
    #expect(!buffer[2, 0].isContinuation)
  }
}
