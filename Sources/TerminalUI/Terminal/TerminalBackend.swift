/// What the reader's loop needs of a terminal: its size, a way to show a
/// frame, and the next input event.
public protocol TerminalBackend: ~Copyable {
  /// The terminal's size in cells.
  var size: (width: Int, height: Int) { get }
  /// Shows a frame.
  mutating func present(_ buffer: Buffer)
  /// The next event, or nil when `timeoutMilliseconds` passed without one.
  mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
}
