import NewsModel
import TerminalUI

/// An article laid out for a width: styled lines, each knowing where in the text it starts.
///
/// The layout is a pure function of the article, its mentions, the highlights and
/// the width (newsboat's renderer idea), so it is unit-tested without a terminal.
public struct ArticleLayout: Sendable {
  /// One screen line.
  public struct RenderedLine: Sendable, Hashable {
    /// The styled text.
    public var line: Line
    /// The scalar offsets of the text this line shows (empty for blank lines).
    public var source: TextSpan?
    /// For each span of `line`, the scalar offsets it shows.
    public var spanSources: [TextSpan]
  }

  /// A stretch of text to draw in a role that overrides the mention colours.
  public struct Highlight: Sendable, Hashable {
    /// The text covered.
    public var span: TextSpan
    /// How to draw it.
    public var role: StyleRole

    /// Creates a highlight.
    public init(span: TextSpan, role: StyleRole) {
      self.span = span
      self.role = role
    }
  }

  /// The lines, top to bottom.
  public let lines: [RenderedLine]
  /// The width the layout was made for.
  public let width: Int

  /// Lays out an article.
  public init(article: Article, mentions: [Mention], highlights: [Highlight], width: Int, theme: Theme) {
    self.width = width
    var lines: [RenderedLine] = []
    var mentionIndex = 0
    let highlightsByBlock = ArticleLayout.highlightsByBlock(highlights, blocks: article.blocks)
    for (index, block) in article.blocks.enumerated() {
      if index > 0, block.kind != .byline || article.blocks[index - 1].kind != .byline {
        lines.append(RenderedLine(line: Line(), source: nil, spanSources: []))
      }
      while mentionIndex < mentions.count, mentions[mentionIndex].span.end <= block.span.start { mentionIndex += 1 }
      let segments = ArticleLayout.segments(
        of: block, in: article, mentions: mentions[mentionIndex...], highlights: highlightsByBlock[index])
      lines += ArticleLayout.wrap(segments, article: article, width: width, theme: theme)
    }
    self.lines = lines
  }

  /// For each block, the highlights that meet it, in the order given (blocks found by binary search).
  static func highlightsByBlock(_ highlights: [Highlight], blocks: [TextBlock]) -> [[Highlight]] {
    var result = Array(repeating: [Highlight](), count: blocks.count)
    for highlight in highlights {
      var low = 0
      var high = blocks.count
      while low < high {  // the first block that ends after the highlight starts
        let mid = (low + high) / 2
        if blocks[mid].span.end <= highlight.span.start { low = mid + 1 } else { high = mid }
      }
      var index = low
      while index < blocks.count, blocks[index].span.start < highlight.span.end {
        if highlight.span.overlaps(blocks[index].span) { result[index].append(highlight) }
        index += 1
      }
    }
    return result
  }

  /// The index of the line that shows an offset (or the nearest line after it).
  public func lineIndex(containing offset: Int) -> Int? {
    var candidate: Int?
    for (index, line) in lines.enumerated() {
      guard let source = line.source else { continue }
      if source.contains(offset: offset) || source.end == offset && source.isEmpty { return index }
      if source.start > offset { return candidate ?? index }
      candidate = index
    }
    return candidate
  }

  /// The source offset of the first text shown at or after a line.
  public func sourceOffset(atLine index: Int) -> Int? {
    guard index >= 0 else { return nil }
    return lines[min(index, lines.count - 1)...].lazy.compactMap(\.source).first?.start
  }
}
