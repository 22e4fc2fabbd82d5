/// One place where an article names an entity or states a figure.
public struct Mention: Hashable, Sendable {
  /// Where the mention lies in its article's text.
  public var span: TextSpan
  /// What kind of mention it is.
  public var type: EntityType

  /// Creates a mention.
  public init(span: TextSpan, type: EntityType) {
    self.span = span
    self.type = type
  }
}
