/// Articles about one event: the unit within which outlets are compared.
public struct Story: Hashable, Sendable, Identifiable {
  /// A stable id ("s1", "s2"… in order of each story's first article).
  public var id: String
  /// A short label: the title of the story's first article.
  public var title: String
  /// The indices of its articles in the corpus, ascending.
  public var articles: [Int]
  /// Its outlets' names, in article order, each once.
  public var outlets: [String]

  /// Creates a story.
  public init(id: String, title: String, articles: [Int], outlets: [String]) {
    self.id = id
    self.title = title
    self.articles = articles
    self.outlets = outlets
  }
}

extension Story {
  /// The story in `analyze --json`: id, title, its articles' ids and its outlets.
  func jsonValue(in corpus: Corpus) -> JSONValue {
    .object([
      ("id", .string(id)),
      ("title", .string(title)),
      ("articles", .array(articles.map { .string(corpus.articles[$0].id) })),
      ("outlets", .array(outlets.map { .string($0) })),
    ])
  }
}
