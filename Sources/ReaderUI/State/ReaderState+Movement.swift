import NewsModel
import TerminalUI

extension ReaderState {
  /// Moves the selection or scrolls, in the overlay or the focused pane.
  mutating func move(by delta: Int) {
    switch overlay {
    case .help(let scroll): overlay = .help(scroll: max(0, min(scroll.saturatingAdd(delta), HelpView.lineCount(keyMap) - 1)))
    case .entityIndex:
      let count = entityIndexRows.count
      entityIndex.selected = max(0, min(entityIndex.selected.saturatingAdd(delta), count - 1))
    case .discrepancy(let index, let selected):
      let count = statementCount(ofDiscrepancy: index)
      overlay = .discrepancy(index: index, selected: max(0, min(selected.saturatingAdd(delta), count - 1)))
    case nil:
      switch focus {
      case .list: selectArticle(listRows.article(from: selectedArticle, movingBy: delta))
      case .reading: scroll(by: delta)
      case .panel:
        let count = analysis?.discrepancies.count ?? 0
        panelSelection = max(0, min(panelSelection.saturatingAdd(delta), count - 1))
      }
    }
  }

  /// Scrolls the reading pane.
  mutating func scroll(by delta: Int) {
    readingTop = readingTop.saturatingAdd(delta)
    clampReading()
  }

  /// Shows another article, remembering where the reader was in this one.
  mutating func selectArticle(_ index: Int) {
    guard index != selectedArticle, corpus.articles.indices.contains(index) else { return }
    readingAnchors[selectedArticle] = layout.sourceOffset(atLine: readingTop) ?? 0
    selectedArticle = index
    relayout()
    let anchor = readingAnchors[index]
    readingTop = anchor == 0 ? 0 : (layout.lineIndex(containing: anchor) ?? 0)
    clampReading()
    keepListSelectionVisible()
  }

  /// Lays the current article out again (after a change of width, analysis or highlights).
  mutating func relayout() {
    layout = ArticleLayout(
      article: article, mentions: mentions(ofArticle: selectedArticle), highlights: highlights,
      width: geometry.textWidth, theme: theme)
    clampReading()
  }

  /// Lays out again only when the text width changed.
  mutating func relayoutIfWidthChanged() {
    guard layout.width != geometry.textWidth else { return }
    let anchor = layout.sourceOffset(atLine: readingTop) ?? 0
    relayout()
    readingTop = anchor == 0 ? 0 : (layout.lineIndex(containing: anchor) ?? 0)
    clampReading()
  }

  /// Rows of text the reading pane shows.
  var readingHeight: Int { max(1, ReaderGeometry.content(of: geometry.reading).height) }

  /// Keeps the reading position inside the article.
  mutating func clampReading() {
    readingTop = max(0, min(readingTop, layout.lines.count - readingHeight))
  }

  /// Scrolls so that a line is on screen, a few lines from the top when it was not.
  mutating func reveal(line: Int) {
    if line < readingTop || line >= readingTop + readingHeight {
      readingTop = line - min(3, readingHeight / 3)
    }
    clampReading()
  }

  /// Keeps the selected article's row in the list's view.
  mutating func keepListSelectionVisible() {
    let rows = max(ArticleListRows.articleRows, geometry.list.height - 1)
    listTop = listRows.top(showing: listRows.position(ofArticle: selectedArticle), from: listTop, rows: rows)
  }
}

extension Int {
  /// Addition that stops at the bounds instead of trapping.
  func saturatingAdd(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : sum
  }
}
