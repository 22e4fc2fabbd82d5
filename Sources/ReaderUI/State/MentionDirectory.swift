import NewsModel

/// Every mention of every entity, in reading order, so stepping and counting never scan the corpus.
public struct MentionDirectory: Sendable {
  /// A mention's place: its article and its index among that article's mentions.
  public struct Place: Sendable, Hashable {
    /// The article's index in the corpus.
    public var article: Int
    /// The mention's index in the article's mentions.
    public var mention: Int
  }

  private let places: [String: [Place]]

  /// Indexes the mentions of an analysis.
  public init(corpus: Corpus, analysis: Analysis) {
    var places: [String: [Place]] = [:]
    for (articleIndex, mentions) in analysis.mentions.enumerated() {
      let article = corpus.articles[articleIndex]
      for (index, mention) in mentions.enumerated() {
        places[Self.key(of: mention, in: article), default: []].append(Place(article: articleIndex, mention: index))
      }
    }
    self.places = places
  }

  /// The key shared by every mention of the same entity: its id, or a figure's type and text.
  static func key(of mention: Mention, in article: Article) -> String {
    mention.entityID ?? "\(mention.type.rawValue):\(article.string(in: mention.span).lowercased())"
  }

  /// Every mention with a key, in reading order.
  func places(ofKey key: String) -> [Place] { places[key] ?? [] }
}
