import Testing
import TerminalUI

/// Wrapping keeps every line within its width and tells where each piece came from.
@Suite struct WordWrapTests {
  @Test func aTabExpandsToTheNextStopOfItsLine() {
    #expect(WordWrap.wrap("ab\tc", width: 20, tabWidth: 4) == ["ab  c"])
    #expect(WordWrap.wrap("abcd\te", width: 20, tabWidth: 4) == ["abcd    e"])
  }

  @Test func tabStopsCountFromTheStartOfTheWrappedLine() {
    // "one two" fills the first line; on the second, "x" is at column 0, so the tab stops at 4.
    #expect(WordWrap.wrap("one two x\ty", width: 8, tabWidth: 4) == ["one two", "x   y"])
  }

  @Test func aTabIsOneSourceGraphemeDrawnAsSpaces() throws {
    let lines = WordWrap.wrap([Span("a\tb")], width: 20, tabWidth: 4)
    let piece = try #require(lines.first?.first)
    #expect(piece.text == "a   b")
    #expect(piece.offsetInSpan == 0)
    #expect(piece.sourceLength == 3)
  }

  @Test func aTabThatDoesNotFitEndsTheLine() {
    let lines = WordWrap.wrap("abcdef\tg", width: 7, tabWidth: 4)
    #expect(lines == ["abcdef", "g"])
    #expect(lines.allSatisfy { $0.displayWidth <= 7 })
  }

  @Test func wideGraphemesNeverOverflowTheWidth() {
    let lines = WordWrap.wrap("東京東京東京 e\u{301}e\u{301}e\u{301} 👍👍👍", width: 5)
    #expect(lines.allSatisfy { $0.displayWidth <= 5 })
    #expect(lines.joined().filter { $0 != " " } == "東京東京東京e\u{301}e\u{301}e\u{301}👍👍👍")
  }
}
