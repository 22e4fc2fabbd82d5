import NewsModel
import TerminalUI

/// The reading pane: the selected article, wrapped and highlighted, from the reading position.
struct ReadingPaneView: Widget {
  let state: ReaderState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let article = state.article
    let total = state.layout.lines.count
    let bottom = min(total, state.readingTop + state.readingHeight)
    let percent = total <= state.readingHeight ? 100 : bottom * 100 / max(1, total)
    let title = "\(SafeText.sanitized(article.outlet)) — \(percent)%"
    PaneTitle(text: title, focused: state.focus == .reading && state.overlay == nil, theme: theme)
      .render(in: area, into: &buffer)
    let content = ReaderGeometry.content(of: area)
    for row in 0..<content.height {
      let index = state.readingTop + row
      guard index < total else { break }
      state.layout.lines[index].line.render(into: &buffer, x: content.x + 1, y: content.y + row, maxX: content.maxX)
    }
    if area.maxX < state.width {
      PaneSeparator(theme: theme).render(in: Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: area.height - 1), into: &buffer)
    }
  }
}
