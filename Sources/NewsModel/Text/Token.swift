/// A word, number or punctuation mark, with its place in the text.
public struct Token: Hashable, Sendable {
  /// What kind of characters the token is made of.
  public enum Kind: UInt8, Hashable, Sendable {
    /// Letters, with inner apostrophes ("n’Test") and dotted abbreviations ("U.S.").
    case word
    /// Digits, with inner separators ("10,000", "6.8").
    case number
    /// One punctuation or symbol scalar.
    case punctuation
  }

  /// Where the token lies in the article's text.
  public var span: TextSpan
  /// The kind of token.
  public var kind: Kind
  /// Whether whitespace (or the start of the text) comes right before the token.
  public var followsSpace: Bool

  /// Creates a token.
  public init(span: TextSpan, kind: Kind, followsSpace: Bool) {
    self.span = span
    self.kind = kind
    self.followsSpace = followsSpace
  }
}
