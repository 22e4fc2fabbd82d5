import CNcurses
import TerminalUI

extension NcursesTerminal {
  /// The next key, mouse action or resize, waiting at most `timeoutMilliseconds`.
  ///
  /// Returns nil when the time passed without input, when a signal interrupted the wait (poll
  /// `TerminalSignals.pendingSignal` then), or for a key that has no `InputEvent`. A resize
  /// arrives as `.resize` with the new size, which `size` already reports.
  public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    wtimeout(window, Int32(clamping: timeoutMilliseconds))
    var code: wint_t = 0
    switch wget_wch(window, &code) {
    case OK:
      return Self.event(forCharacter: code)
    case KEY_CODE_YES:
      let key = Int32(bitPattern: code)
      switch key {
      case KEY_RESIZE:
        let size = size
        return .resize(width: size.width, height: size.height)
      case KEY_MOUSE:
        var mouse = MEVENT()
        guard getmouse(&mouse) == OK else { return nil }
        return Self.event(forMouseState: mouse.bstate, x: Int(mouse.x), y: Int(mouse.y))
      default:
        return Self.event(forKeyCode: key)
      }
    default:
      return nil
    }
  }

  /// The event for a character `wget_wch` returned (`OK`): Enter, Tab, Backspace and
  /// Escape as named keys, other control characters (Ctrl-keys) and text as characters.
  static func event(forCharacter code: wint_t) -> InputEvent? {
    switch code {
    case 13, 10: .key(.enter)
    case 9: .key(.tab)
    case 127, 8: .key(.backspace)
    case 27: .key(.escape)
    default: Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }

  /// The event for a key code `wget_wch` returned (`KEY_CODE_YES`), or nil for keys the
  /// reader has no use for. `KEY_RESIZE` and `KEY_MOUSE` need the terminal and are decoded
  /// by `nextEvent(timeoutMilliseconds:)`.
  static func event(forKeyCode code: Int32) -> InputEvent? {
    let key: InputEvent.Key? =
      switch code {
      case KEY_UP: .up
      case KEY_DOWN: .down
      case KEY_LEFT: .left
      case KEY_RIGHT: .right
      case KEY_PPAGE: .pageUp
      case KEY_NPAGE: .pageDown
      case KEY_HOME: .home
      case KEY_END: .end
      case KEY_ENTER: .enter
      case KEY_BTAB: .backTab
      case KEY_BACKSPACE: .backspace
      case KEY_DC: .delete
      case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
      default: nil
      }
    return key.map { .key($0) }
  }

  /// The event for a mouse report: a left press or click, or a wheel step; nil for other buttons.
  static func event(forMouseState state: mmask_t, x: Int, y: Int) -> InputEvent? {
    let action: MouseEvent.Action
    if state & (CNC_BUTTON1_PRESSED | CNC_BUTTON1_CLICKED) != 0 {
      action = .press
    } else if state & CNC_BUTTON4_PRESSED != 0 {
      action = .wheelUp
    } else if state & CNC_BUTTON5_PRESSED != 0 {
      action = .wheelDown
    } else {
      return nil
    }
    return .mouse(MouseEvent(action: action, x: x, y: y))
  }
}
