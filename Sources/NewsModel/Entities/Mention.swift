/// One place where an article names an entity or states a figure.
public struct Mention: Hashable, Sendable {
  /// Where the mention lies in its article's text.
  public var span: TextSpan
  /// What kind of mention it is.
  public var type: EntityType
  /// The entity the mention was linked to, once linking has run (figures have none).
  public var entityID: String?

  /// Creates a mention.
  public init(span: TextSpan, type: EntityType, entityID: String? = nil) {
    self.span = span
    self.type = type
    self.entityID = entityID
  }
}
