import TerminalUI

/// The reader's loop: draw, wait for input or a message, update, repeat.
///
/// It is generic over the terminal, so tests run it on a `ScriptedTerminal` and the
/// executable on ncurses. Background results arrive through the inbox; the loop
/// never blocks on them.
public enum ReaderProgram {
  /// Why the loop ended.
  public enum Exit: Equatable, Sendable {
    /// The reader asked to quit.
    case quit
    /// `shouldStop` said so (a signal, for example).
    case stopped
    /// A scripted terminal ran out of input (tests only).
    case inputExhausted
  }

  /// Runs the loop until a quit, a stop request, or (with `stopWhenIdle`) no more input.
  public static func run<Terminal: TerminalBackend & ~Copyable>(
    _ state: inout ReaderState, on terminal: inout Terminal, inbox: Inbox<Message>,
    pollMilliseconds: Int = 100, stopWhenIdle: Bool = false, shouldStop: () -> Bool = { false }
  ) -> Exit {
    var needsDraw = true
    var lastSize = terminal.size
    while true {
      if shouldStop() { return .stopped }
      for message in inbox.drain() {
        if state.update(message).contains(.quit) { return .quit }
        needsDraw = true
      }
      let size = terminal.size
      if size != lastSize || (size.width, size.height) != (state.width, state.height) {
        _ = state.update(.input(.resize(width: size.width, height: size.height)))
        lastSize = size
        needsDraw = true
      }
      if needsDraw {
        terminal.present(frame(for: state))
        needsDraw = false
      }
      guard let event = terminal.nextEvent(timeoutMilliseconds: pollMilliseconds) else {
        if stopWhenIdle && inbox.isEmpty { return .inputExhausted }
        continue
      }
      if case .resize = event { lastSize = terminal.size }
      if state.update(.input(event)).contains(.quit) { return .quit }
      needsDraw = true
    }
  }

  /// The frame for a state.
  public static func frame(for state: ReaderState) -> Buffer {
    var buffer = Buffer(area: Rect(width: state.width, height: state.height))
    ReaderView(state: state).render(in: buffer.area, into: &buffer)
    return buffer
  }
}
