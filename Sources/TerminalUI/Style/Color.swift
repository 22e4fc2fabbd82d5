/// A terminal colour: the default, one of the 8 basic colours, or a 256-colour index.
public enum Color: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's own foreground or background.
  case `default`
  /// One of the 8 ANSI colours.
  case basic(BasicColor)
  /// An index into the 256-colour palette; degrades to `fallback` on 8-colour terminals.
  case indexed(UInt8, fallback: BasicColor)

  /// The 8 ANSI colours, numbered as terminals number them.
  public enum BasicColor: Int, Hashable, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
  }

  public static let black = Color.basic(.black)
  public static let red = Color.basic(.red)
  public static let green = Color.basic(.green)
  public static let yellow = Color.basic(.yellow)
  public static let blue = Color.basic(.blue)
  public static let magenta = Color.basic(.magenta)
  public static let cyan = Color.basic(.cyan)
  public static let white = Color.basic(.white)

  /// The nearest colour a terminal with `colors` colours can show.
  public func degraded(toColors colors: Int) -> Color {
    switch self {
    case .indexed(let index, let fallback): colors >= 256 || Int(index) < colors ? self : .basic(fallback)
    case .basic: colors >= 8 ? self : .default
    case .default: .default
    }
  }

  public var description: String {
    switch self {
    case .default: "default"
    case .basic(let c): "\(c)"
    case .indexed(let i, _): "color\(i)"
    }
  }
}
