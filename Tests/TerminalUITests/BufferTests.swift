import Testing
import TerminalUI

@Suite struct BufferTests {
  @Test func wideGraphemesTakeTwoCellsAndClipCleanly() {
    var buffer = Buffer(area: Rect(width: 5, height: 1))
    buffer.write("日本x", x: 0, y: 0)
    #expect(buffer.plainText == "日本x")
    #expect(buffer[1, 0].isContinuation)
  }

  @Test func controlCharactersNeverReachACell() {
    var buffer = Buffer(area: Rect(width: 12, height: 1))
    buffer.write("a\u{1B}]0;pwn\u{07}b", x: 0, y: 0)
    #expect(!buffer.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
  }

  @Test func fillingOverHalfAWideGraphemeBlanksTheOtherHalf() {
    var buffer = Buffer(area: Rect(width: 6, height: 1))
    buffer.write("東京東", x: 0, y: 0)
    buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "│")
    #expect(buffer.plainText == " ││ 東")
    #expect(buffer.cells.map(\.isContinuation) == [false, false, false, false, false, true])
  }
}
