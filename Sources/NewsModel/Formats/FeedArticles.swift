import Foundation

/// Turns a feed file into articles: one per item, its HTML content stripped to text,
/// with the item's title, link, date and author, and the feed's title as outlet.
enum FeedArticles {
  /// The articles of a feed, and a problem when the XML is malformed or holds no item.
  ///
  /// Items read before a syntax error are kept (with a warning); a feed with no
  /// readable item is skipped.
  static func articles(idStem: String, path: String, data: Data) -> ([Article], LoadProblem?) {
    let feed = FeedParser.parse(data)
    let articles = feed.items.enumerated().compactMap { index, item in
      article(item, feedTitle: feed.title, id: "\(idStem)-\(index + 1)", path: path)
    }
    switch (articles.isEmpty, feed.error) {
    case (true, let error?):
      return ([], LoadProblem(path: path, message: error, severity: .skipped))
    case (true, nil):
      return ([], LoadProblem(path: path, message: "feed with no item that has text", severity: .skipped))
    case (false, let error?):
      return (articles, LoadProblem(path: path, message: "\(error) (\(articles.count) items read before it)", severity: .warning))
    case (false, nil):
      return (articles, nil)
    }
  }

  /// The article of one item, or nil when it has no text.
  static func article(_ item: FeedItem, feedTitle: String?, id: String, path: String) -> Article? {
    var document = RenderedDocument()
    document.metadata = ArticleMetadata(
      title: HTMLMetadata.clean(item.title.map(HTMLEntities.decode)), outlet: HTMLMetadata.clean(feedTitle),
      author: HTMLMetadata.clean(item.author), date: HTMLMetadata.clean(item.date), url: HTMLMetadata.clean(item.link))
    for block in HTMLArticleExtractor.blocks(ofFragment: item.content ?? item.summary ?? "") {
      document.append(block.kind, block.text)
    }
    return document.isEmpty ? nil : document.article(id: id, path: path, format: .feed)
  }
}
