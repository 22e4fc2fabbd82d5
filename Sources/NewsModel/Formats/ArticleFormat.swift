import Foundation

/// The kinds of file Parallax reads, told apart by content first, then by extension.
public enum ArticleFormat: String, Sendable {
  /// Plain text, with optional front matter.
  case plain
  /// Markdown, rendered to plain text.
  case markdown
  /// An HTML page, its article extracted.
  case html
  /// An RSS 2.0 or Atom feed: one article per item.
  case feed

  /// File extensions read when walking a folder, with the format each names.
  public static let extensions: [String: ArticleFormat] = [
    "txt": .plain, "text": .plain, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    "xhtml": .html, "rss": .feed, "atom": .feed, "xml": .feed,
  ]

  /// The format of a file or a fetched document, from its first characters, else its name.
  public static func detect(path: String, text: String) -> ArticleFormat {
    let head = text.unicodeScalars.prefix(1024).drop { $0.isSpace || $0 == "\u{FEFF}" }
    if head.first == "<" {  // only markup is sniffed: plain text costs one look at its first scalar
      let start = String(String.UnicodeScalarView(head)).lowercased()
      if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
      if start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf") { return .feed }
      if start.contains("<html") || start.contains("<head") { return .html }
    }
    let isAddress = path.contains("://")
    let ext = ((isAddress ? URL(string: path)?.pathExtension : nil) ?? (path as NSString).pathExtension).lowercased()
    return extensions[ext] ?? .plain
  }

  /// The articles in a decoded file, and a problem when part or all of it could not be read.
  public static func articles(id: String, path: String, text: String) -> ([Article], LoadProblem?) {
    switch detect(path: path, text: text) {
    case .plain: return ([Article(id: id, path: path, text: text)], nil)
    case .markdown: return ([MarkdownRenderer.article(id: id, path: path, source: text)], nil)
    case .html:
      let article = HTMLArticleExtractor.article(id: id, path: path, html: text)
      guard !article.blocks.isEmpty else {
        return ([], LoadProblem(path: path, message: "HTML page with no article text", severity: .skipped))
      }
      return ([article], nil)
    case .feed: return FeedArticles.articles(idStem: id, path: path, data: Data(text.utf8))
    }
  }
}

extension Article {
  /// For a rendered article (Markdown, HTML, feed), its text as a JSON field: the text its offsets count into.
  var renderedTextField: [(String, JSONValue)] {
    format == .plain ? [] : [("text", .string(text.string))]
  }
}
