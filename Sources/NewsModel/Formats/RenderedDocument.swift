/// Plain text rendered from a marked-up source (Markdown, HTML, a feed item), block by block.
///
/// Blocks are joined by a blank line, so the rendered text reads like a plain-text
/// article; every span Parallax reports for such an article is an offset into this
/// rendered text, never into the markup it came from.
struct RenderedDocument {
  /// The rendered text so far.
  private(set) var text = ""
  /// The blocks appended, with their spans in `text` (Unicode-scalar offsets).
  private(set) var blocks: [TextBlock] = []
  /// Metadata found in the source.
  var metadata = ArticleMetadata()
  private var length = 0

  /// Appends a block; whitespace runs inside it collapse to one space, an empty block is dropped.
  mutating func append(_ kind: TextBlock.Kind, _ content: String) {
    let collapsed = Self.collapsingWhitespace(content)
    guard !collapsed.isEmpty else { return }
    if !blocks.isEmpty {
      text += "\n\n"
      length += 2
    }
    let count = collapsed.unicodeScalars.count
    blocks.append(TextBlock(kind: kind, span: TextSpan(start: length, end: length + count)))
    text += collapsed
    length += count
  }

  /// Whether nothing has been appended.
  var isEmpty: Bool { blocks.isEmpty }

  /// The article this document renders to.
  func article(id: String, path: String, format: ArticleFormat) -> Article {
    var blocks = blocks
    // The first heading is the headline when no title came with the metadata.
    if metadata.title == nil, let first = blocks.first, first.kind == .heading {
      blocks[0].kind = .headline
    }
    return Article(id: id, path: path, text: ArticleText(text), metadata: metadata, blocks: blocks, format: format)
  }

  /// The text with every run of whitespace (including line breaks) made one space, trimmed.
  static func collapsingWhitespace(_ content: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in content.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }
}
