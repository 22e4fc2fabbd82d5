import NewsModel
import TerminalUI

/// The whole reader screen for a state: title bar, panes, status line and any overlay.
public struct ReaderView: Widget {
  let state: ReaderState

  /// Creates the view of a state.
  public init(state: ReaderState) { self.state = state }

  public func render(in area: Rect, into buffer: inout Buffer) {
    let g = state.geometry
    guard !g.isTooSmall else {
      let need = "need \(ReaderGeometry.minimumWidth)×\(ReaderGeometry.minimumHeight)"
      let messages = ["Terminal too small: \(state.width)×\(state.height), \(need)", "Too small: \(need)", "Too small"]
      let message = messages.first { $0.displayWidth <= area.width } ?? messages[messages.count - 1]
      buffer.write(message.truncated(toWidth: area.width), x: area.x, y: area.y + area.height / 2)
      return
    }
    TitleBarView(state: state).render(in: g.titleBar, into: &buffer)
    let body = Rect(x: area.x, y: g.titleBar.maxY, width: area.width, height: g.statusBar.y - g.titleBar.maxY)
    if let compare = state.compare {
      CompareView(state: state, compare: compare).render(in: body, into: &buffer)
      StatusBarView(state: state).render(in: g.statusBar, into: &buffer)
      if case .help(let scroll) = state.overlay {
        HelpView(keyMap: state.keyMap, theme: state.theme, scroll: scroll).render(in: body, into: &buffer)
      }
      return
    }
    ArticleListView(state: state).render(in: g.list, into: &buffer)
    if !g.reading.isEmpty { ReadingPaneView(state: state).render(in: g.reading, into: &buffer) }
    if !g.panel.isEmpty { DiscrepancyPanelView(state: state).render(in: g.panel, into: &buffer) }
    StatusBarView(state: state).render(in: g.statusBar, into: &buffer)
    switch state.overlay {
    case .help(let scroll): HelpView(keyMap: state.keyMap, theme: state.theme, scroll: scroll).render(in: body, into: &buffer)
    case .entityIndex: EntityIndexView(state: state).render(in: body, into: &buffer)
    case .discrepancy(let index, let selected):
      DiscrepancyView(state: state, index: index, selected: selected).render(in: body, into: &buffer)
    case nil: break
    }
  }
}

/// The top row: the program's name and, on the right, what is open.
struct TitleBarView: Widget {
  let theme: Theme
  let summary: String

  /// A title bar with a summary on the right (empty for none).
  init(theme: Theme, summary: String) {
    self.theme = theme
    self.summary = summary
  }

  /// The title bar of the reader: articles, entities and discrepancies, or the progress.
  init(state: ReaderState) {
    let articles = state.corpus.articles.count
    var summary = "\(articles) article\(articles == 1 ? "" : "s")"
    if let total = state.loadingTotal {
      summary = "loading \(articles) of \(total) articles…"
    } else if let analysis = state.analysis {
      summary += " · \(analysis.entities.count) entities · \(analysis.discrepancies.count) discrepancies"
    } else {
      summary += " · analysing…"
    }
    self.init(theme: state.theme, summary: summary)
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let style = theme.style(.titleBar)
    buffer.fill(area, style: style)
    buffer.write(" Parallax", x: area.x, y: area.y, style: style)
    guard !summary.isEmpty else { return }
    let text = summary + " "
    buffer.write(text, x: max(area.x + 10, area.maxX - text.displayWidth), y: area.y, style: style)
  }
}

/// A pane's title row, highlighted when the pane has the focus.
struct PaneTitle {
  let text: String
  let focused: Bool
  let theme: Theme

  func render(in area: Rect, into buffer: inout Buffer) {
    let style = theme.style(focused ? .paneTitleFocused : .paneTitle)
    buffer.fill(area.row(0), style: style)
    buffer.write(" " + text.truncated(toWidth: max(0, area.width - 2)), x: area.x, y: area.y, style: style)
  }
}

/// A vertical rule on a pane's left edge.
struct PaneSeparator {
  let theme: Theme

  func render(in area: Rect, into buffer: inout Buffer) {
    for y in area.y..<area.maxY { buffer.write("│", x: area.x, y: y, style: theme.style(.border)) }
  }
}
