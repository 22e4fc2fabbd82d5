import NewsModel
import TerminalUI

/// The article list: each article's title and outlet (✓ once read), the selected one highlighted;
/// when the corpus holds several stories, a header names each story and its outlets.
struct ArticleListView: Widget {
  let state: ReaderState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    PaneTitle(text: "Articles", focused: state.focus == .list && state.overlay == nil, theme: theme)
      .render(in: area, into: &buffer)
    let width = area.width - 1
    var y = area.y + 1
    for entry in state.listRows.entries.dropFirst(state.listTop) {
      guard y + ArticleListRows.height(of: entry) <= area.maxY else { break }
      switch entry {
      case .story(let index):
        renderHeader(state.listRows.stories[index], x: area.x, y: y, width: width, into: &buffer)
      case .article(let index):
        renderArticle(index, x: area.x, y: y, width: width, into: &buffer)
      }
      y += ArticleListRows.height(of: entry)
    }
    PaneSeparator(theme: theme).render(in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), into: &buffer)
  }

  /// "▸ Title", then "  5 outlets: A, B, C…".
  private func renderHeader(_ story: Story, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
    let title = SafeText.sanitized("▸ " + story.title).truncated(toWidth: width)
    buffer.write(title, x: x, y: y, style: state.theme.style(.heading), maxX: x + width)
    let count = story.outlets.count == 1 ? "1 outlet" : "\(story.outlets.count) outlets"
    let outlets = SafeText.sanitized("  \(count): \(story.outlets.joined(separator: ", "))").truncated(toWidth: width)
    buffer.write(outlets, x: x, y: y + 1, style: state.theme.style(.muted), maxX: x + width)
  }

  private func renderArticle(_ index: Int, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
    let theme = state.theme
    let article = state.corpus.articles[index]
    let selected = index == state.selectedArticle
    let style = theme.style(selected ? (state.focus == .list ? .listItemSelected : .listItemSelectedUnfocused) : .listItem)
    let marker = selected ? "▌" : " "
    buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
    buffer.write(marker + SafeText.sanitized(article.title).truncated(toWidth: width - 1), x: x, y: y, style: style, maxX: x + width)
    let read = state.readArticles.contains(index) ? "✓ " : "  "
    let detail = "\(read)\(SafeText.sanitized(article.outlet)) · \(article.wordCount) words"
    buffer.write(detail.truncated(toWidth: width), x: x, y: y + 1, style: theme.style(.listDetail), maxX: x + width)
  }
}
