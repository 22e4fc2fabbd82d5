import TerminalUI

/// An in-memory terminal for tests: plays a script of events and keeps every frame.
public struct ScriptedTerminal: TerminalBackend {
  /// The size reported to the program.
  public var size: (width: Int, height: Int)
  /// The events still to deliver, in order.
  public var events: [InputEvent]
  /// Every frame presented so far.
  public private(set) var frames: [Buffer] = []

  /// Creates a terminal of a size with a script of events.
  public init(width: Int, height: Int, events: [InputEvent] = []) {
    self.size = (width, height)
    self.events = events
  }

  public mutating func present(_ buffer: Buffer) { frames.append(buffer) }

  public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resize(let width, let height) = event { size = (width, height) }
    return event
  }
}
