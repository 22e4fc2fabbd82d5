import CNcurses
import TerminalUI

/// Turns styles into ncurses attributes and colour pairs, allocating each pair once.
///
/// Colours degrade to what the terminal can show (`Color.degraded(toColors:)`). A pair that
/// cannot be made (too few pairs, or ncurses refuses it) falls back to pair 0, the terminal's
/// own colours: drawing with a failed pair would show black on black.
struct ColorPalette {
  /// Makes colour pair `pair` from a foreground and background (-1 = the terminal's default).
  typealias PairMaker = (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool

  /// The number of colours styles may use (0 when colours are off).
  let colors: Int
  /// The number of pairs the terminal has, pair 0 included.
  let pairLimit: Int
  /// Whether -1 may be passed to mean the terminal's default colour.
  let hasDefaultColors: Bool
  private let makePair: PairMaker
  private var pairs: [ColorKey: Int32] = [:]
  private var nextPair: Int32 = 1

  /// A foreground and background in ncurses numbering.
  private struct ColorKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// Creates a palette for a terminal with `colors` colours and `pairLimit` pairs.
  init(colors: Int, pairLimit: Int, hasDefaultColors: Bool, makePair: @escaping PairMaker) {
    self.colors = colors
    self.pairLimit = pairLimit
    self.hasDefaultColors = hasDefaultColors
    self.makePair = makePair
  }

  /// The attributes and colour pair that draw `style`.
  mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int32) {
    (Self.attributes(for: style.attributes), pair(for: style))
  }

  /// The colour pair for a style's colours, made on first use; 0 for the default colours or
  /// when no pair can be made.
  mutating func pair(for style: Style) -> Int32 {
    let foreground = style.foreground.degraded(toColors: colors)
    let background = style.background.degraded(toColors: colors)
    guard colors > 0, foreground != .default || background != .default else { return 0 }
    let key = ColorKey(
      foreground: number(for: foreground, defaultNumber: Int32(COLOR_WHITE)),
      background: number(for: background, defaultNumber: Int32(COLOR_BLACK)))
    if let known = pairs[key] { return known }
    var pair: Int32 = 0
    if Int(nextPair) < pairLimit, makePair(nextPair, key.foreground, key.background) {
      pair = nextPair
      nextPair += 1
    }
    pairs[key] = pair
    return pair
  }

  /// The ncurses colour number for a colour the terminal can show.
  private func number(for color: Color, defaultNumber: Int32) -> Int32 {
    switch color {
    case .default: hasDefaultColors ? -1 : defaultNumber
    case .basic(let basic): Int32(basic.rawValue)
    case .indexed(let index, _): Int32(index)
    }
  }

  /// The ncurses attribute bits for text attributes.
  static func attributes(for attributes: TextAttributes) -> attr_t {
    let table: [(TextAttributes, attr_t)] = [
      (.bold, CNC_A_BOLD), (.dim, CNC_A_DIM), (.italic, CNC_A_ITALIC),
      (.underline, CNC_A_UNDERLINE), (.reverse, CNC_A_REVERSE),
    ]
    return table.reduce(CNC_A_NORMAL) { bits, entry in
      attributes.contains(entry.0) ? bits | entry.1 : bits
    }
  }
}
