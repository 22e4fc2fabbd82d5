/// The metadata of an HTML page: title, outlet, author, date and address.
enum HTMLMetadata {
  /// Reads `<meta>` (Open Graph, `article:`, `name=author`…), `<title>`, `<time>` and the canonical link.
  static func read(_ tree: HTMLTree) -> ArticleMetadata {
    var meta: [String: String] = [:]
    var title: String?
    var time: String?
    var canonical: String?
    for element in tree.elements(under: 0) {
      let attributes = tree.attributes(of: element)
      switch tree.name(of: element) {
      case "meta":
        if let key = (attributes["property"] ?? attributes["name"])?.lowercased(), let content = attributes["content"],
          meta[key] == nil
        {
          meta[key] = content
        }
      case "title" where title == nil:
        title = tree.text(under: element)
      case "time" where time == nil:
        time = attributes["datetime"] ?? tree.text(under: element)
      case "link" where canonical == nil && attributes["rel"]?.lowercased() == "canonical":
        canonical = attributes["href"]
      default:
        break
      }
    }
    var metadata = ArticleMetadata()
    metadata.title = clean(meta["og:title"] ?? meta["twitter:title"] ?? title)
    metadata.outlet = clean(meta["og:site_name"] ?? meta["application-name"])
    metadata.author = clean(meta["author"] ?? meta["article:author"])
    metadata.date = clean(meta["article:published_time"] ?? time ?? meta["date"] ?? meta["pubdate"])
    metadata.url = clean(meta["og:url"] ?? canonical)
    return metadata
  }

  /// A value with its whitespace collapsed, or nil when nothing is left.
  static func clean(_ value: String?) -> String? {
    guard let value else { return nil }
    let collapsed = RenderedDocument.collapsingWhitespace(value)
    return collapsed.isEmpty ? nil : collapsed
  }
}
