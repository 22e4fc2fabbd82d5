/// Text attributes a terminal can draw, independent of colour.
public struct TextAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let italic = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
  public static let reverse = TextAttributes(rawValue: 1 << 4)

  static let names: [(TextAttributes, String)] = [
    (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"),
  ]

  public var description: String { Self.names.filter { contains($0.0) }.map(\.1).joined(separator: " ") }
}

/// How a cell is drawn: foreground, background and attributes.
public struct Style: Hashable, Sendable, CustomStringConvertible {
  /// The text colour.
  public var foreground: Color
  /// The cell's background colour.
  public var background: Color
  /// Bold, underline and the like.
  public var attributes: TextAttributes

  /// Creates a style.
  public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's plain style.
  public static let plain = Style()

  /// This style with more attributes.
  public func adding(_ more: TextAttributes) -> Style {
    var copy = self
    copy.attributes.formUnion(more)
    return copy
  }

  /// This style drawn over another: colours that are `.default` here keep the other's.
  public func layered(over base: Style) -> Style {
    Style(
      foreground: foreground == .default ? base.foreground : foreground,
      background: background == .default ? base.background : background,
      attributes: attributes.union(base.attributes))
  }

  public var description: String {
    var parts: [String] = []
    if foreground != .default { parts.append("fg=\(foreground)") }
    if background != .default { parts.append("bg=\(background)") }
    if !attributes.isEmpty { parts.append(attributes.description) }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
