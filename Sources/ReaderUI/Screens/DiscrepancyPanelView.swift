import NewsModel
import TerminalUI

/// The side panel: every discrepancy, one line each, most severe first.
struct DiscrepancyPanelView: Widget {
  let state: ReaderState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    PaneTitle(text: "Discrepancies", focused: state.focus == .panel && state.overlay == nil, theme: theme)
      .render(in: area, into: &buffer)
    let content = ReaderGeometry.content(of: area)
    guard let analysis = state.analysis else {
      buffer.write("analysing…", x: content.x, y: content.y, style: theme.style(.muted))
      return
    }
    let items = analysis.discrepancies
    if items.isEmpty {
      buffer.write("No disagreement found.", x: content.x, y: content.y, style: theme.style(.muted))
      return
    }
    let top = max(0, min(state.panelSelection - content.height / 2, items.count - content.height))
    for row in 0..<content.height {
      let index = top + row
      guard items.indices.contains(index) else { break }
      let item = items[index]
      let selected = index == state.panelSelection
      let rowStyle = theme.style(selected ? (state.focus == .panel ? .panelItemSelected : .listItemSelectedUnfocused) : .panelItem)
      let y = content.y + row
      buffer.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: rowStyle)
      let x = buffer.write(Self.badge(item), x: content.x, y: y, style: theme.style(Self.role(item)).layered(over: rowStyle))
      buffer.write(" " + SafeText.sanitized(item.summary), x: x, y: y, style: rowStyle, maxX: content.maxX)
    }
  }

  /// A one-character mark of the verdict: ≠ conflict, ≈ hedged, = agreeing, + coverage, Aa spelling.
  static func badge(_ item: Discrepancy) -> String {
    switch (item.kind, item.verdict) {
    case (.name, _): "Aa"
    case (.coverage, _): " +"
    case (.quote, _): " “"
    case (_, .conflict): " ≠"
    case (_, .hedged): " ≈"
    case (_, .agree), (_, .agreeAfterConversion): " ="
    case (_, .differentStatement): " ~"
    }
  }

  /// The style role for an item's severity or agreement.
  static func role(_ item: Discrepancy) -> StyleRole {
    if item.verdict == .agree || item.verdict == .agreeAfterConversion { return .agreeing }
    switch item.severity {
    case .high: return .severityHigh
    case .medium: return .severityMedium
    case .low: return .severityLow
    case .info: return .severityInfo
    }
  }
}

/// One discrepancy opened: every outlet's statement with its exact words, value and qualifier.
struct DiscrepancyView: Widget {
  let state: ReaderState
  let index: Int
  let selected: Int

  func render(in area: Rect, into buffer: inout Buffer) {
    guard let items = state.analysis?.discrepancies, items.indices.contains(index) else { return }
    let theme = state.theme
    let item = items[index]
    let box = area.centered(width: min(area.width - 2, 110), height: area.height)
    Frame(title: "\(item.subject) — \(item.kind.rawValue), \(item.verdict.rawValue)", theme: theme).render(in: box, into: &buffer)
    let inner = box.inset(by: 1)
    var y = inner.y
    if let conversion = item.conversion {
      buffer.write(" Agree after conversion: \(conversion)", x: inner.x, y: y, style: theme.style(.agreeing), maxX: inner.maxX)
      y += 1
    }
    buffer.write(" j/k choose an outlet · Enter jumps to its words · Esc closes", x: inner.x, y: y, style: theme.style(.muted), maxX: inner.maxX)
    y += 2
    for (number, statement) in item.statements.enumerated() where y < inner.maxY {
      let isSelected = number == selected
      let outlet = state.articleIndex(id: statement.articleID).map { state.corpus.articles[$0].outlet } ?? statement.articleID
      let header = (isSelected ? "▶ " : "  ") + SafeText.sanitized(outlet)
      var x = buffer.write(header, x: inner.x, y: y, style: theme.style(isSelected ? .panelItemSelected : .helpKey), maxX: inner.maxX)
      if let value = statement.value {
        let described = Discrepancy.describe(value)
        x = buffer.write("  " + described, x: x, y: y, style: theme.style(DiscrepancyPanelView.role(item)), maxX: inner.maxX)
      }
      y += 1
      let quote = "“" + SafeText.sanitized(statement.text) + "”"
      for line in WordWrap.wrap(quote, width: max(10, inner.width - 6)) where y < inner.maxY {
        buffer.write(line, x: inner.x + 4, y: y, style: theme.style(isSelected ? .body : .muted))
        y += 1
      }
      y += 1
    }
  }
}
