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
    if analysis.discrepancies.isEmpty {
      buffer.write("The outlets agree on every", x: content.x, y: content.y, style: theme.style(.muted))
      buffer.write("figure found.", x: content.x, y: content.y + 1, style: theme.style(.muted))
    }
  }
}

/// One discrepancy opened: every outlet's statement with its exact words.
struct DiscrepancyView: Widget {
  let state: ReaderState
  let index: Int
  let selected: Int

  func render(in area: Rect, into buffer: inout Buffer) {}
}
