/// A key, mouse action or resize, as the terminal reported it.
public enum InputEvent: Hashable, Sendable {
  /// A printable character (or Ctrl-key as its control character).
  case character(Character)
  /// A named key.
  case key(Key)
  /// A mouse action at a cell.
  case mouse(MouseEvent)
  /// The terminal changed size.
  case resize(width: Int, height: Int)

  /// Keys that have no character of their own.
  public enum Key: Hashable, Sendable {
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, tab, backTab, backspace, delete
    case function(Int)
  }
}

/// A mouse click or wheel step.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }
  /// What the mouse did.
  public var action: Action
  /// The column.
  public var x: Int
  /// The row.
  public var y: Int

  /// Creates a mouse event.
  public init(action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}

extension InputEvent: ExpressibleByStringLiteral {
  /// A one-character key written as a string literal: `"j"`.
  public init(stringLiteral value: String) { self = .character(value.first ?? " ") }
}
