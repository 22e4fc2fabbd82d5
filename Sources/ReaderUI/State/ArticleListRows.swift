import NewsModel

/// The article list in display order: when the corpus holds several stories, each
/// story's header row followed by its articles; otherwise the articles as loaded.
public struct ArticleListRows: Sendable {
  /// One entry of the list.
  public enum Entry: Hashable, Sendable {
    /// A story's header (index into `stories`).
    case story(Int)
    /// An article (index into the corpus).
    case article(Int)
  }

  /// The entries, top to bottom.
  public private(set) var entries: [Entry] = []
  /// The stories shown as headers (empty when there is only one).
  public private(set) var stories: [Story] = []
  /// For each article, its entry's position.
  private var positions: [Int] = []

  /// Screen rows a story header takes: its title, then its outlets.
  static let headerRows = 2
  /// Screen rows an article takes: its title, then its outlet and size.
  static let articleRows = 2

  /// The rows for a corpus of `articleCount` articles grouped into `stories` (nil while analysing).
  init(articleCount: Int, stories: [Story]?) {
    positions = Array(repeating: -1, count: articleCount)
    if let stories, stories.count > 1 {
      self.stories = stories
      for (index, story) in stories.enumerated() {
        entries.append(.story(index))
        for article in story.articles where article < articleCount { append(article) }
      }
    }
    for article in 0..<articleCount where positions[article] < 0 { append(article) }
  }

  /// The screen rows an entry takes.
  static func height(of entry: Entry) -> Int {
    if case .story = entry { return headerRows }
    return articleRows
  }

  /// The entry position of an article.
  func position(ofArticle article: Int) -> Int { positions[article] }

  /// The article `delta` places after `article` in list order (headers skipped), stopping at the ends.
  func article(from article: Int, movingBy delta: Int) -> Int {
    let order = entries.compactMap { entry -> Int? in if case .article(let index) = entry { index } else { nil } }
    guard let here = order.firstIndex(of: article) else { return article }
    return order[max(0, min(here.saturatingAdd(delta), order.count - 1))]
  }

  /// The entry drawn on a screen row (0 = the first row under the title), with the list scrolled to `top`.
  func entry(atRow row: Int, top: Int) -> Entry? {
    var y = 0
    for entry in entries.dropFirst(top) {
      let height = Self.height(of: entry)
      if row < y + height { return row >= y ? entry : nil }
      y += height
    }
    return nil
  }

  /// A top entry that shows the article at `position` within `rows` screen rows, moving `top` as little as possible.
  func top(showing position: Int, from top: Int, rows: Int) -> Int {
    // Show the story header right above the article when it is the first of its story.
    let wanted = position > 0 && isHeader(position - 1) ? position - 1 : position
    if wanted < top { return wanted }
    var first = position
    var used = Self.height(of: entries[position])
    while first > top, used + Self.height(of: entries[first - 1]) <= rows {
      first -= 1
      used += Self.height(of: entries[first])
    }
    return first
  }

  private func isHeader(_ position: Int) -> Bool {
    if case .story = entries[position] { return true }
    return false
  }

  private mutating func append(_ article: Int) {
    positions[article] = entries.count
    entries.append(.article(article))
  }
}
