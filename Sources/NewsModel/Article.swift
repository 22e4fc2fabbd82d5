import Foundation

/// One article: its text, metadata, blocks and sentences.
public struct Article: Sendable, Identifiable {
  /// A stable identifier: the file name without its extension.
  public let id: String
  /// The path the article was read from, as given.
  public let path: String
  /// The decoded text.
  public let text: ArticleText
  /// Metadata from front matter, when there was any.
  public let metadata: ArticleMetadata
  /// The body's blocks (front matter and trailing boilerplate left out).
  public let blocks: [TextBlock]
  /// The body's sentences, in order.
  public let sentences: [Sentence]
  /// The title: from metadata, the headline, or the first sentence shortened.
  public let title: String
  /// Whitespace-separated words in the whole text.
  public let wordCount: Int
  /// What the source was; for every format but plain text, `text` is the rendered text, not the file.
  public let format: ArticleFormat

  /// Builds an article from decoded plain text (front matter, if any, gives its metadata).
  public init(id: String, path: String, text: String) {
    let articleText = ArticleText(text)
    let (metadata, bodyStart) = FrontMatter.parse(articleText)
    let blocks = BlockParser.blocks(in: articleText, bodyStart: bodyStart, hasTitle: metadata.title != nil)
    self.init(id: id, path: path, text: articleText, metadata: metadata, blocks: blocks)
  }

  /// Builds an article from text whose blocks are already known (a rendered Markdown, HTML or feed item).
  init(
    id: String, path: String, text articleText: ArticleText, metadata: ArticleMetadata, blocks: [TextBlock],
    format: ArticleFormat = .plain
  ) {
    var sentences: [Sentence] = []
    for (index, block) in blocks.enumerated() {
      if block.kind == .paragraph {
        for span in SentenceSplitter.sentences(in: articleText, block: block.span) {
          sentences.append(Sentence(span: span, blockIndex: index))
        }
      } else {
        sentences.append(Sentence(span: block.span, blockIndex: index))
      }
    }
    self.id = id
    self.path = path
    self.text = articleText
    self.metadata = metadata
    self.blocks = blocks
    self.sentences = sentences
    self.title = Article.title(metadata: metadata, blocks: blocks, sentences: sentences, text: articleText)
    self.wordCount = BlockParser.wordCount(TextSpan(start: 0, end: articleText.count), in: articleText)
    self.format = format
  }

  /// The outlet's name, or the file name when the article names none.
  public var outlet: String { metadata.outlet ?? id }

  /// The text of a span of this article.
  public func string(in span: TextSpan) -> String { text.string(in: span) }

  /// The sentence that contains an offset, found by binary search.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let span = sentences[mid].span
      if offset < span.start {
        high = mid - 1
      } else if offset >= span.end {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }

  static let maximumTitleLength = 72

  private static func title(metadata: ArticleMetadata, blocks: [TextBlock], sentences: [Sentence], text: ArticleText) -> String {
    if let title = metadata.title { return title }
    if let headline = blocks.first(where: { $0.kind == .headline }) { return text.string(in: headline.span) }
    guard let first = sentences.first(where: { blocks[$0.blockIndex].kind == .paragraph }) ?? sentences.first else {
      return ""
    }
    return shorten(text.string(in: first.span))
  }

  /// Cuts a sentence to a title: at a word boundary, with an ellipsis when cut.
  static func shorten(_ sentence: String) -> String {
    var words: [Substring] = []
    var length = 0
    var isCut = false
    var start = sentence.startIndex
    while start < sentence.endIndex {  // word by word, reading no further than the title needs
      guard !sentence[start].isWhitespace else {
        start = sentence.index(after: start)
        continue
      }
      var end = sentence.index(after: start)
      while end < sentence.endIndex, !sentence[end].isWhitespace { end = sentence.index(after: end) }
      let word = sentence[start..<end]
      if length + word.count + (words.isEmpty ? 0 : 1) > maximumTitleLength - 1 {
        isCut = true
        break
      }
      length += word.count + (words.isEmpty ? 0 : 1)
      words.append(word)
      start = end
    }
    var title = words.joined(separator: " ")
    if isCut || title.count < sentence.count {
      while let last = title.last, ",;:—–-".contains(last) { title.removeLast() }
      title += "…"
    } else if title.hasSuffix(".") {
      title.removeLast()
    }
    return title
  }
}
