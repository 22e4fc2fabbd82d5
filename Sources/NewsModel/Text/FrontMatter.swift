/// Metadata an article may carry at its top: `---` … `---` YAML-style lines.
public struct ArticleMetadata: Hashable, Sendable {
  /// The article's title, if given.
  public var title: String?
  /// The outlet's name, if given.
  public var outlet: String?
  /// The author, if given.
  public var author: String?
  /// The date as written, if given.
  public var date: String?
  /// The article's address, if given.
  public var url: String?

  /// Creates metadata.
  public init(title: String? = nil, outlet: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil) {
    self.title = title
    self.outlet = outlet
    self.author = author
    self.date = date
    self.url = url
  }
}

/// Reads front matter between two `---` lines at the very top of a text.
enum FrontMatter {
  /// The metadata found and the offset where the body starts (0 when there is none).
  static func parse(_ text: ArticleText) -> (ArticleMetadata, bodyStart: Int) {
    let lines = LineScanner.lines(in: text, from: 0, limit: 60)
    guard let first = lines.first, isDelimiter(first, in: text) else { return (ArticleMetadata(), 0) }
    var metadata = ArticleMetadata()
    for line in lines.dropFirst() {
      if isDelimiter(line, in: text) { return (metadata, line.end) }
      let content = text.string(in: line)
      guard let colon = content.firstIndex(of: ":") else { continue }
      let key = content[..<colon].trimmed.lowercased()
      var value = content[content.index(after: colon)...].trimmed
      if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
        value = String(value.dropFirst().dropLast())
      }
      guard !value.isEmpty else { continue }
      switch key {
      case "title", "headline": metadata.title = value
      case "outlet", "source", "publication", "publisher", "site": metadata.outlet = value
      case "author", "byline", "by": metadata.author = value
      case "date", "published", "pubdate": metadata.date = value
      case "url", "link": metadata.url = value
      default: break
      }
    }
    return (ArticleMetadata(), 0)  // no closing line: not front matter
  }

  /// Whether a line is `---`, space around it allowed (checked without building a string).
  private static func isDelimiter(_ line: TextSpan, in text: ArticleText) -> Bool {
    let scalars = text.scalars[line.start..<line.end]
    guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return false }
    return last - first == 2 && scalars[first...last].allSatisfy { $0 == "-" }
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }),
      let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
