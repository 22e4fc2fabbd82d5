/// The articles opened together, in a stable order, with unique ids.
public struct Corpus: Sendable {
  /// The articles, in the order their paths were given (folders sorted by name).
  public let articles: [Article]

  /// Creates a corpus; ids that repeat get a suffix ("~2") so each stays unique.
  public init(articles: [Article]) {
    var seen: [String: Int] = [:]
    self.articles = articles.map { article in
      let count = seen[article.id, default: 0] + 1
      seen[article.id] = count
      return count == 1 ? article : article.withID("\(article.id)~\(count)")
    }
  }

  /// The article with an id, or whose path is the one given.
  public func article(named name: String) -> Article? {
    articles.first { $0.id == name } ?? articles.first { $0.path == name }
      ?? articles.first { $0.path.hasSuffix("/" + name) }
  }
}

extension Article {
  /// The same article under another id.
  func withID(_ newID: String) -> Article {
    Article(id: newID, path: path, text: text, metadata: metadata, blocks: blocks, format: format)
  }
}
