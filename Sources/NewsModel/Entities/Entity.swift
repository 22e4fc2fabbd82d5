/// One person, place, organisation, weapon… with every spelling the outlets use.
public struct Entity: Hashable, Sendable, Identifiable {
  /// A stable id ("e3") for the same input.
  public var id: String
  /// The fullest, most used spelling.
  public var name: String
  /// The entity's type.
  public var type: EntityType
  /// Every spelling used, sorted.
  public var variants: [String]
  /// For each variant, the ids of the articles that use it.
  public var variantArticles: [String: [String]]
  /// The ids of the articles that mention it, in corpus order.
  public var articles: [String]
  /// How many mentions it has in all.
  public var mentionCount: Int

  /// Creates an entity.
  public init(
    id: String, name: String, type: EntityType, variants: [String], variantArticles: [String: [String]],
    articles: [String], mentionCount: Int
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.variants = variants
    self.variantArticles = variantArticles
    self.articles = articles
    self.mentionCount = mentionCount
  }
}
