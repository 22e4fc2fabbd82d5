import Glibc

/// How much colour the terminal backend uses.
public enum ColorMode: Hashable, Sendable {
  /// Every colour the terminal has (`COLORS`): 256-colour styles where it has 256.
  case full
  /// At most the 8 basic colours, even where the terminal has more.
  case basic8
  /// No colour at all: attributes (bold, underline, reverse…) only.
  case none

  /// The mode the environment asks for: `.none` when `NO_COLOR` is set and not empty
  /// (see no-color.org), `.full` otherwise.
  /// - Parameter variable: looks up an environment variable; the process environment by default.
  public static func fromEnvironment(
    _ variable: (String) -> String? = { getenv($0).map { String(cString: $0) } }
  ) -> ColorMode {
    if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return .none }
    return .full
  }

  /// The number of colours to use on a terminal that has `terminalColors`.
  func usableColors(terminalColors: Int) -> Int {
    switch self {
    case .full: terminalColors
    case .basic8: min(terminalColors, 8)
    case .none: 0
    }
  }
}
