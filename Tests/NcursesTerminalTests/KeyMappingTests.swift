import CNcurses
import TerminalUI
import Testing

@testable import NcursesTerminal

@Suite struct KeyMappingTests {
  @Test(arguments: [
    (UInt32(13), InputEvent.key(.enter)), (10, .key(.enter)), (9, .key(.tab)),
    (127, .key(.backspace)), (8, .key(.backspace)), (27, .key(.escape)),
    (UInt32(UInt8(ascii: "q")), .character("q")), (0xE9, .character("é")),
    (0x2014, .character("—")), (0x65E5, .character("日")), (0x1F44D, .character("👍")),
    (3, .character("\u{3}")),
  ])
  func charactersBecomeTextOrNamedKeys(code: UInt32, expected: InputEvent) {
    #expect(NcursesTerminal.event(forCharacter: code) == expected)
  }

  @Test func surrogatesAreNotCharacters() {
    #expect(NcursesTerminal.event(forCharacter: 0xD800) == nil)
  }

  @Test(arguments: [
    (KEY_UP, InputEvent.Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
    (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
    (KEY_F0 + 1, .function(1)), (KEY_F0 + 5, .function(5)), (KEY_F0 + 12, .function(12)),
  ])
  func keyCodesBecomeNamedKeys(code: Int32, expected: InputEvent.Key) {
    #expect(NcursesTerminal.event(forKeyCode: code) == .key(expected))
  }

  @Test func keysWithoutMeaningAreDropped() {
    #expect(NcursesTerminal.event(forKeyCode: KEY_F0) == nil)
    #expect(NcursesTerminal.event(forKeyCode: KEY_PRINT) == nil)
    #expect(NcursesTerminal.event(forKeyCode: KEY_RESIZE) == nil)
  }

  @Test func mouseReportsBecomePressesAndWheelSteps() {
    #expect(
      NcursesTerminal.event(forMouseState: CNC_BUTTON1_PRESSED, x: 9, y: 4)
        == .mouse(MouseEvent(action: .press, x: 9, y: 4)))
    #expect(
      NcursesTerminal.event(forMouseState: CNC_BUTTON1_CLICKED, x: 0, y: 0)
        == .mouse(MouseEvent(action: .press, x: 0, y: 0)))
    #expect(
      NcursesTerminal.event(forMouseState: CNC_BUTTON4_PRESSED, x: 1, y: 2)
        == .mouse(MouseEvent(action: .wheelUp, x: 1, y: 2)))
    #expect(
      NcursesTerminal.event(forMouseState: CNC_BUTTON5_PRESSED, x: 1, y: 2)
        == .mouse(MouseEvent(action: .wheelDown, x: 1, y: 2)))
    #expect(NcursesTerminal.event(forMouseState: CNC_BUTTON1_RELEASED, x: 1, y: 2) == nil)
  }
}
