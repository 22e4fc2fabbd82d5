import CNcurses
import Glibc
import TerminalUI

/// The terminal, driven through ncursesw: shows `Buffer` frames and reads keys, mouse and resizes.
///
/// Exactly one value owns the ncurses session; its `deinit` restores the terminal (leaves the
/// alternate screen, shows the cursor, turns the mouse and keypad modes off), whichever way the
/// scope that holds it is left. Use it from one thread only: ncurses is not thread-safe, and
/// reading a key also refreshes the screen.
///
/// A typical run loop:
/// ```swift
/// TerminalSignals.install()          // before the terminal: ncurses must not take SIGINT/SIGTERM
/// adoptUTF8Locale()                  // before the terminal: ncursesw decodes with the C locale
/// var terminal = try NcursesTerminal(colorMode: .fromEnvironment())
/// while running {
///   terminal.present(frame(for: terminal.size))
///   if let event = terminal.nextEvent(timeoutMilliseconds: 100) { handle(event) }
///   if TerminalSignals.pendingSignal != nil { break }   // Ctrl-C, SIGTERM, SIGHUP
/// }
/// ```
/// On `TerminalUnavailable`, print its description on standard error and exit non-zero.
public struct NcursesTerminal: ~Copyable, TerminalBackend {
  /// The ncurses screen (`SCREEN *`).
  private let screen: OpaquePointer
  /// The whole-screen window everything is drawn into.
  let window: UnsafeMutablePointer<WINDOW>
  /// Styles → attributes and colour pairs.
  private var palette: ColorPalette

  /// Starts ncurses on the controlling terminal.
  ///
  /// Checks that standard input and output are terminals (otherwise reading keys would spin)
  /// and that `TERM` names a known terminal, then sets the modes a full-screen program needs:
  /// keys one at a time without echo, Ctrl-C still a signal, named keys decoded, a short
  /// Escape delay, hidden cursor, mouse clicks and wheel.
  /// - Parameter colorMode: how much colour to use; `.fromEnvironment()` honours `NO_COLOR`.
  /// - Throws: `TerminalUnavailable` with a one-line message for the user.
  public init(colorMode: ColorMode) throws(TerminalUnavailable) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal("standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal("standard output") }
    guard let screen = cnc_newterm(nil) else { throw .unknownTerminal(Self.terminalName) }
    guard let window = cnc_stdscr() else {
      endwin()
      delscreen(screen)
      throw .unknownTerminal(Self.terminalName)
    }
    self.screen = screen
    self.window = window
    cbreak()  // keys one at a time; unlike raw(), Ctrl-C and Ctrl-Z still send signals
    noecho()
    nonl()
    keypad(window, true)  // arrows, F-keys, KEY_RESIZE and KEY_MOUSE arrive as key codes
    set_escdelay(25)
    curs_set(0)
    mousemask(CNC_BUTTON1_PRESSED | CNC_BUTTON4_PRESSED | CNC_BUTTON5_PRESSED, nil)
    mouseinterval(0)  // report presses at once instead of waiting to make clicks
    palette = Self.makePalette(colorMode: colorMode)
  }

  deinit {
    endwin()
    delscreen(screen)
  }

  /// The terminal's size in cells.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Shows a frame: draws every cell of `buffer` and updates the terminal in one write.
  ///
  /// Cells outside the buffer's area are blanked. ncurses compares the frame with what the
  /// terminal already shows and sends only the difference.
  public mutating func present(_ buffer: Buffer) {
    werase(window)
    var y = Int32(buffer.area.y)
    for row in buffer.rows {
      var x = Int32(buffer.area.x)
      for cell in row {
        defer { x += 1 }
        if cell.isContinuation { continue }  // the wide grapheme to its left covers it
        var character = cursesCharacter(for: cell)
        mvwadd_wch(window, y, x, &character)
      }
      y += 1
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// One cell as ncurses stores it: the whole grapheme (base and marks) with its style.
  private mutating func cursesCharacter(for cell: Cell) -> cchar_t {
    var character = cchar_t()
    var (attributes, pair) = palette.resolve(cell.style)
    let units = cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
    // The pair goes through `opts`, which lifts the 256-pair limit of the attribute bits.
    if setcchar(&character, units + [0], attributes, 0, &pair) != OK {
      setcchar(&character, [wchar_t(0xFFFD), 0], attributes, 0, &pair)
    }
    return character
  }

  /// `$TERM`, or a note that it is unset.
  private static var terminalName: String {
    getenv("TERM").map { String(cString: $0) } ?? ""
  }

  /// Starts colours as far as the mode and the terminal allow.
  private static func makePalette(colorMode: ColorMode) -> ColorPalette {
    let colors = has_colors() && colorMode != .none && start_color() == OK
      ? colorMode.usableColors(terminalColors: Int(cnc_colors())) : 0
    return ColorPalette(
      colors: colors,
      pairLimit: colors > 0 ? Int(cnc_color_pairs()) : 0,
      hasDefaultColors: colors > 0 && use_default_colors() == OK
    ) { pair, foreground, background in
      init_extended_pair(pair, foreground, background) == OK
    }
  }
}

/// Why the terminal cannot be used, as a one-line message for the user.
public struct TerminalUnavailable: Error, CustomStringConvertible {
  /// The message, for example "unknown terminal type 'foo' (TERM)".
  public let description: String

  /// Standard input or output is a file or a pipe.
  static func notATerminal(_ stream: String) -> TerminalUnavailable {
    TerminalUnavailable(description: "parallax needs a terminal: \(stream) is not a terminal")
  }

  /// ncurses knows no terminal of that name.
  static func unknownTerminal(_ name: String) -> TerminalUnavailable {
    TerminalUnavailable(
      description: name.isEmpty
        ? "no terminal type: TERM is not set"
        : "unknown terminal type '\(name)' (TERM)")
  }
}
