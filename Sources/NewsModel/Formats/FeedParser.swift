import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One entry of an RSS 2.0 or Atom feed, its content still HTML.
struct FeedItem: Equatable {
  var title: String?
  var link: String?
  var date: String?
  var author: String?
  /// `content:encoded` or Atom `content`, when present: the full text.
  var content: String?
  /// `description` or Atom `summary`: used when there is no full content.
  var summary: String?
}

/// What a feed file holds: its title, its items, and the error that stopped reading, if any.
struct Feed {
  /// The channel's (RSS) or feed's (Atom) title: the outlet of every item.
  var title: String?
  /// The items read, in order (those before an error, when the XML is malformed).
  var items: [FeedItem] = []
  /// Why the XML could not be read to its end, in a few words, or nil.
  var error: String?
}

/// Reads RSS 2.0 and Atom feeds with Foundation's XML parser.
final class FeedParser: NSObject, XMLParserDelegate {
  private var feed = Feed()
  private var item: FeedItem?
  private var path: [String] = []
  private var textBuffer = ""

  /// Parses a feed document.
  static func parse(_ data: Data) -> Feed {
    let delegate = FeedParser()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    // On Linux `parse()` may return true after an error: the delegate's report is what counts.
    if !parser.parse(), delegate.feed.error == nil {
      delegate.feed.error = "malformed XML at line \(parser.lineNumber)"
    }
    return delegate.feed
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard feed.error == nil else { return }
    let code = (parseError as NSError).code
    feed.error = "malformed XML at line \(parser.lineNumber): \(Self.reason(code: code))"
    parser.abortParsing()
  }

  /// A few words for the XML errors that real files show.
  static func reason(code: Int) -> String {
    switch XMLParser.ErrorCode(rawValue: code) {
    case .prematureDocumentEndError?: "the document ends early (truncated?)"
    case .emptyDocumentError?: "empty document"
    case .undeclaredEntityError?, .entityRefAtEOFError?, .entityRefLoopError?: "unknown entity (HTML entities need CDATA)"
    case .tagNameMismatchError?, .notWellBalancedError?: "a tag is not closed where it should be"
    case .invalidCharacterError?, .invalidCharacterRefError?: "invalid character"
    default: "XML error \(code)"
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    path.append(name)
    textBuffer = ""
    if name == "item" || name == "entry" { item = FeedItem() }
    if name == "link", item != nil, item?.link == nil, let href = attributes["href"],
      attributes["rel"] == nil || attributes["rel"] == "alternate"
    {
      item?.link = href
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { textBuffer += string }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { textBuffer += String(decoding: CDATABlock, as: UTF8.self) }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    let text = textBuffer.trimmed
    path.removeLast()
    textBuffer = ""
    if name == "item" || name == "entry" {
      if let item { feed.items.append(item) }
      item = nil
      return
    }
    guard !text.isEmpty else { return }
    guard item != nil else {
      if name == "title", feed.title == nil, let parent = path.last, parent == "channel" || parent == "feed" {
        feed.title = text
      }
      return
    }
    let parent = path.last
    switch name {
    case "title" where parent == "item" || parent == "entry": item?.title = text
    case "link" where item?.link == nil: item?.link = text
    case "pubDate", "published", "dc:date": item?.date = text
    case "updated" where item?.date == nil: item?.date = text
    case "dc:creator": item?.author = text
    case "author" where item?.author == nil: item?.author = text
    case "name" where parent == "author" && item?.author == nil: item?.author = text
    case "content:encoded", "content": item?.content = text
    case "description", "summary": item?.summary = text
    default: break
    }
  }
}
