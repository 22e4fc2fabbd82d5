import NewsModel
import TerminalUI

extension ArticleLayout {
  /// A run of a block's text in one role.
  struct Segment {
    var span: TextSpan
    var role: StyleRole
  }

  /// A role over part of a block, with its precedence where roles overlap.
  private struct RoleSpan {
    var span: TextSpan
    var role: StyleRole
    /// Highlights (2) win over mentions (1).
    var priority: Int
    /// Between equal priorities, the one given first wins.
    var order: Int
  }

  /// Cuts a block into runs at every mention and highlight boundary.
  ///
  /// One sweep over the boundaries in order, keeping the roles that cover the current run,
  /// so a block with many mentions (a whole article on one line) costs n log n, not n².
  /// - Parameter highlights: the highlights that meet the block, in the order given.
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
    var roles: [RoleSpan] = []
    for mention in mentions {
      if mention.span.start >= block.span.end { break }
      let span = mention.span.clamped(to: block.span)
      guard !span.isEmpty else { continue }
      let role: StyleRole = block.kind == .paragraph || block.kind == .headline ? .entity(mention.type) : base
      roles.append(RoleSpan(span: span, role: role, priority: 1, order: roles.count))
    }
    for highlight in highlights {
      let span = highlight.span.clamped(to: block.span)
      guard !span.isEmpty else { continue }
      roles.append(RoleSpan(span: span, role: highlight.role, priority: 2, order: roles.count))
    }
    var cuts = [block.span.start, block.span.end]
    for role in roles {
      cuts.append(role.span.start)
      cuts.append(role.span.end)
    }
    cuts.sort()
    roles.sort { ($0.span.start, $0.order) < ($1.span.start, $1.order) }
    var active: [RoleSpan] = []
    var nextRole = 0
    var segments: [Segment] = []
    for (start, end) in zip(cuts, cuts.dropFirst()) where end > start {
      active.removeAll { $0.span.end <= start }
      while nextRole < roles.count, roles[nextRole].span.start <= start {
        active.append(roles[nextRole])
        nextRole += 1
      }
      let role = active.max { ($0.priority, -$0.order) < ($1.priority, -$1.order) }?.role ?? base
      if let last = segments.last, last.role == role, last.span.end == start {
        segments[segments.count - 1].span.end = end
      } else {
        segments.append(Segment(span: TextSpan(start: start, end: end), role: role))
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
