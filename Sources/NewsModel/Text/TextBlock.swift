/// One line-level block of an article: its headline, a heading, a paragraph.
public struct TextBlock: Hashable, Sendable {
  /// What role the block plays in the article.
  public enum Kind: String, Hashable, Sendable {
    /// The article's own headline (its first line, when that line reads as a title).
    case headline
    /// A byline or dateline ("By …", "Outlet · Section · date").
    case byline
    /// A section heading: a short line without final punctuation.
    case heading
    /// Running text.
    case paragraph
  }

  /// The block's role.
  public var kind: Kind
  /// Where the block lies in the article's text, without its line break.
  public var span: TextSpan

  /// Creates a block.
  public init(kind: Kind, span: TextSpan) {
    self.kind = kind
    self.span = span
  }
}
