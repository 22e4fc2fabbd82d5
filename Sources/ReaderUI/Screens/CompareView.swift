import NewsModel
import TerminalUI

/// The compare screen: two outlets in two columns, aligned sentence by sentence,
/// differing words highlighted; stacked one above the other on narrow terminals.
struct CompareView: Widget {
  let state: ReaderState
  let compare: CompareState

  /// Under this width the two sides are stacked instead of squeezed.
  static let minimumSideBySideWidth = 100

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let left = state.corpus.articles[compare.left]
    let right = state.corpus.articles[compare.right]
    let sideBySide = area.width >= Self.minimumSideBySideWidth && compare.zoom == nil
    let columnWidth = sideBySide ? (area.width - 3) / 2 : area.width - 4
    let header = area.row(0)
    buffer.fill(header, style: theme.style(.paneTitle))
    let leftTitle = "A: " + SafeText.sanitized(left.outlet)
    let rightTitle = "B: " + SafeText.sanitized(right.outlet)
    switch (sideBySide, compare.zoom) {
    case (true, _):
      buffer.write(" " + leftTitle.truncated(toWidth: columnWidth), x: area.x, y: area.y, style: theme.style(.paneTitleFocused))
      buffer.write(" " + rightTitle.truncated(toWidth: columnWidth), x: area.x + columnWidth + 3, y: area.y, style: theme.style(.paneTitleFocused))
    case (false, .left): buffer.write(" " + leftTitle + " (zoomed; z for B)", x: area.x, y: area.y, style: theme.style(.paneTitleFocused))
    case (false, .right): buffer.write(" " + rightTitle + " (zoomed; z for both)", x: area.x, y: area.y, style: theme.style(.paneTitleFocused))
    case (false, nil): buffer.write(" " + leftTitle + "  over  " + rightTitle, x: area.x, y: area.y, style: theme.style(.paneTitleFocused))
    }
    var y = area.y + 1
    var index = compare.top
    let rows = compare.alignment.rows
    while y < area.maxY, index < rows.count {
      let row = rows[index]
      let lone = row.left == nil || row.right == nil
      let leftLines = row.left.map { lines(of: left, sentence: $0, changes: row.leftChanges, width: columnWidth, lone: lone) }
      let rightLines = row.right.map { lines(of: right, sentence: $0, changes: row.rightChanges, width: columnWidth, lone: lone) }
      let marker = index == compare.current ? "▶" : (compare.isDifference(row) ? "•" : " ")
      let markerStyle = theme.style(index == compare.current ? .severityMedium : .muted)
      if sideBySide {
        let height = max(leftLines?.count ?? 1, rightLines?.count ?? 1)
        for line in 0..<height where y + line < area.maxY {
          if line == 0 { buffer.write(marker, x: area.x, y: y, style: markerStyle) }
          draw(leftLines, line: line, x: area.x + 1, y: y + line, width: columnWidth, other: "B", into: &buffer)
          buffer.write("│", x: area.x + columnWidth + 1, y: y + line, style: theme.style(.border))
          draw(rightLines, line: line, x: area.x + columnWidth + 3, y: y + line, width: columnWidth, other: "A", into: &buffer)
        }
        y += height + 1
      } else {
        let sides: [(String, [Line]?)] =
          switch compare.zoom {
          case .left: [("A", leftLines)]
          case .right: [("B", rightLines)]
          case nil: [("A", leftLines), ("B", rightLines)]
          }
        buffer.write(marker, x: area.x, y: y, style: markerStyle)
        for (label, lines) in sides where y < area.maxY {
          let count = lines?.count ?? 1
          for line in 0..<count where y + line < area.maxY {
            buffer.write(line == 0 ? label : " ", x: area.x + 1, y: y + line, style: theme.style(.helpKey))
            draw(lines, line: line, x: area.x + 3, y: y + line, width: columnWidth, other: label == "A" ? "B" : "A", into: &buffer)
          }
          y += count
        }
        y += 1
      }
      index += 1
    }
  }

  private func draw(_ lines: [Line]?, line: Int, x: Int, y: Int, width: Int, other: String, into buffer: inout Buffer) {
    if let lines {
      if line < lines.count { lines[line].render(into: &buffer, x: x, y: y, maxX: x + width) }
    } else if line == 0 {
      buffer.write("· only in \(other)", x: x, y: y, style: state.theme.style(.onlyInOne))
    }
  }

  /// A sentence wrapped to the column, its changed words highlighted; a lone sentence dimmed.
  private func lines(of article: Article, sentence: Int, changes: [TextSpan], width: Int, lone: Bool) -> [Line] {
    let span = article.sentences[sentence].span
    let theme = state.theme
    let isHeading = article.blocks[article.sentences[sentence].blockIndex].kind != .paragraph
    let base = theme.style(lone ? .onlyInOne : isHeading ? .heading : .body)
    var spans: [Span] = []
    var position = span.start
    for change in changes.sorted() where change.start >= position && change.end <= span.end {
      if change.start > position { spans.append(Span(safe(article, position, change.start), style: base)) }
      spans.append(Span(safe(article, change.start, change.end), style: theme.style(.changedWord)))
      position = change.end
    }
    if position < span.end { spans.append(Span(safe(article, position, span.end), style: base)) }
    return WordWrap.wrap(spans, width: max(1, width)).map { Line($0.map { Span($0.text, style: $0.style) }) }
  }

  private func safe(_ article: Article, _ start: Int, _ end: Int) -> String {
    String(article.string(in: TextSpan(start: start, end: end)).compactMap(SafeText.wrappable))
  }
}
