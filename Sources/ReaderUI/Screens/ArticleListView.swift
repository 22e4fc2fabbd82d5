import NewsModel
import TerminalUI

/// The article list: each article's title and outlet, the selected one highlighted.
struct ArticleListView: Widget {
  let state: ReaderState

  /// Rows each article takes: its title, then its outlet and size.
  static let rowsPerItem = 2

  /// How many articles fit in a pane.
  static func visibleItems(in pane: Rect) -> Int { max(1, (pane.height - 1) / rowsPerItem) }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    PaneTitle(text: "Articles", focused: state.focus == .list && state.overlay == nil, theme: theme)
      .render(in: area, into: &buffer)
    let width = area.width - 1
    for row in 0..<Self.visibleItems(in: area) {
      let index = state.listTop + row
      guard state.corpus.articles.indices.contains(index) else { break }
      let article = state.corpus.articles[index]
      let y = area.y + 1 + row * Self.rowsPerItem
      let selected = index == state.selectedArticle
      let style = theme.style(selected ? (state.focus == .list ? .listItemSelected : .listItemSelectedUnfocused) : .listItem)
      let marker = selected ? "▌" : " "
      buffer.fill(Rect(x: area.x, y: y, width: width, height: 1), style: style)
      buffer.write(marker + SafeText.sanitized(article.title).truncated(toWidth: width - 1), x: area.x, y: y, style: style, maxX: area.x + width)
      let detail = "  \(SafeText.sanitized(article.outlet)) · \(article.wordCount) words"
      buffer.write(detail.truncated(toWidth: width), x: area.x, y: y + 1, style: theme.style(.listDetail), maxX: area.x + width)
    }
    PaneSeparator(theme: theme).render(in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), into: &buffer)
  }
}
