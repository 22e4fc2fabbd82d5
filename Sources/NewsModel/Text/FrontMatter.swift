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

/// Reads front matter at the very top of a text: `key: value` lines between two `---` lines,
/// or known keys (`title:`, `outlet:`, …) on the first lines without the `---` fence.
enum FrontMatter {
  /// The metadata found and the offset where the body starts (0 when there is none).
  static func parse(_ text: ArticleText) -> (ArticleMetadata, bodyStart: Int) {
    let lines = LineScanner.lines(in: text, from: 0, limit: 60)
    guard let first = lines.first else { return (ArticleMetadata(), 0) }
    var metadata = ArticleMetadata()
    guard isDelimiter(first, in: text) else { return bare(lines, in: text) }
    for line in lines.dropFirst() {
      if isDelimiter(line, in: text) { return (metadata, line.end) }
      let content = text.string(in: line)
      if let (key, value) = field(content) { metadata.set(key, to: value) }
    }
    return (ArticleMetadata(), 0)  // no closing line: not front matter
  }

  /// Unfenced front matter: leading lines that are all known keys, ended by a blank or other line.
  private static func bare(_ lines: [TextSpan], in text: ArticleText) -> (ArticleMetadata, bodyStart: Int) {
    var metadata = ArticleMetadata()
    var bodyStart = 0
    for line in lines {
      guard let (key, value) = field(text.string(in: line)), metadata.set(key, to: value) else { break }
      bodyStart = line.end
    }
    return (metadata, bodyStart)
  }

  /// A `key: value` line's lowercased key and its value without quotes, or nil.
  private static func field(_ content: String) -> (String, String)? {
    guard let colon = content.firstIndex(of: ":") else { return nil }
    let key = content[..<colon].trimmed.lowercased()
    var value = content[content.index(after: colon)...].trimmed
    if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
      value = String(value.dropFirst().dropLast())
    }
    return value.isEmpty || key.contains(" ") ? nil : (key, value)
  }

  /// Whether a line is `---`, space around it allowed (checked without building a string).
  private static func isDelimiter(_ line: TextSpan, in text: ArticleText) -> Bool {
    let scalars = text.scalars[line.start..<line.end]
    guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return false }
    return last - first == 2 && scalars[first...last].allSatisfy { $0 == "-" }
  }
}

extension ArticleMetadata {
  /// Sets the field a front-matter key names; false when the key is not one Parallax knows.
  @discardableResult
  mutating func set(_ key: String, to value: String) -> Bool {
    switch key {
    case "title", "headline": title = value
    case "outlet", "source", "publication", "publisher", "site": outlet = value
    case "author", "byline", "by": author = value
    case "date", "published", "pubdate": date = value
    case "url", "link": url = value
    default: return false
    }
    return true
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
