import NewsModel
import TerminalUI

extension ArticleLayout {
  /// A run of a block's text in one role.
  struct Segment {
    var span: TextSpan
    var role: StyleRole
  }

  /// Cuts a block into runs at every mention and highlight boundary.
  static func segments(
    of block: TextBlock, in article: Article, mentions: ArraySlice<Mention>, highlights: [Highlight]
  ) -> [Segment] {
    let base: StyleRole =
      switch block.kind {
      case .headline: .headline
      case .heading: .heading
      case .byline: .byline
      case .paragraph: .body
      }
    var cuts: Set<Int> = [block.span.start, block.span.end]
    var roles: [(TextSpan, StyleRole, Int)] = []  // span, role, priority
    for mention in mentions {
      if mention.span.start >= block.span.end { break }
      let span = mention.span.clamped(to: block.span)
      guard !span.isEmpty else { continue }
      roles.append((span, block.kind == .paragraph || block.kind == .headline ? .entity(mention.type) : base, 1))
    }
    for highlight in highlights where highlight.span.overlaps(block.span) {
      roles.append((highlight.span.clamped(to: block.span), highlight.role, 2))
    }
    for (span, _, _) in roles {
      cuts.insert(span.start)
      cuts.insert(span.end)
    }
    let points = cuts.sorted()
    var segments: [Segment] = []
    for (start, end) in zip(points, points.dropFirst()) where end > start {
      let piece = TextSpan(start: start, end: end)
      let role = roles.filter { $0.0.contains(piece) }.max { $0.2 < $1.2 }?.1 ?? base
      if let last = segments.last, last.role == role, last.span.end == start {
        segments[segments.count - 1].span.end = end
      } else {
        segments.append(Segment(span: piece, role: role))
      }
    }
    return segments
  }

  /// Wraps a block's segments into lines, keeping each line's source offsets.
  static func wrap(_ segments: [Segment], article: Article, width: Int, theme: Theme) -> [RenderedLine] {
    // Each segment's text, made safe grapheme by grapheme (invisible ones left out, tabs
    // kept for WordWrap to expand), and the scalar offset where each kept grapheme starts.
    var spans: [Span] = []
    var graphemeStarts: [[Int]] = []
    for segment in segments {
      var text = ""
      var starts: [Int] = []
      var offset = segment.span.start
      for grapheme in article.string(in: segment.span) {
        let start = offset
        offset += grapheme.unicodeScalars.count
        guard let safe = SafeText.wrappable(grapheme) else { continue }
        starts.append(start)
        text.append(safe)
      }
      starts.append(offset)
      spans.append(Span(text, style: theme.style(segment.role)))
      graphemeStarts.append(starts)
    }
    return WordWrap.wrap(spans, width: width).map { pieces in
      var sources: [TextSpan] = []
      for piece in pieces {
        let starts = graphemeStarts[piece.spanIndex]
        let first = starts[min(piece.offsetInSpan, starts.count - 1)]
        let last = starts[min(piece.offsetInSpan + piece.sourceLength, starts.count - 1)]
        sources.append(TextSpan(start: first, end: max(first, last)))
      }
      let source = sources.isEmpty ? nil : TextSpan(start: sources[0].start, end: sources[sources.count - 1].end)
      return RenderedLine(line: Line(pieces.map { Span($0.text, style: $0.style) }), source: source, spanSources: sources)
    }
  }
}

extension TextSpan {
  /// The part of the span inside another one (empty when they do not meet).
  func clamped(to outer: TextSpan) -> TextSpan {
    let start = min(max(self.start, outer.start), outer.end)
    return TextSpan(start: start, end: max(start, min(self.end, outer.end)))
  }
}
