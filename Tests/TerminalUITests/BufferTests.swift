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
}
