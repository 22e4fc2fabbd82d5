import NewsModel

extension ReaderState {
  /// How many statements a discrepancy has.
  func statementCount(ofDiscrepancy index: Int) -> Int {
    guard let discrepancies = analysis?.discrepancies, discrepancies.indices.contains(index) else { return 0 }
    return discrepancies[index].statements.count
  }

  /// Opens the discrepancy selected in the panel.
  mutating func openDiscrepancy() {
    guard let count = analysis?.discrepancies.count, panelSelection < count else { return }
    overlay = .discrepancy(index: panelSelection, selected: 0)
  }

  /// The index of an article by id.
  func articleIndex(id: String) -> Int? { corpus.articles.firstIndex { $0.id == id } }

  /// Jumps to one outlet's statement: its article, its sentence on screen, its figure marked.
  mutating func jumpToStatement(discrepancy: Int, statement: Int) {
    guard let discrepancies = analysis?.discrepancies, discrepancies.indices.contains(discrepancy) else { return }
    let item = discrepancies[discrepancy]
    guard item.statements.indices.contains(statement),
      let article = articleIndex(id: item.statements[statement].articleID)
    else { return }
    let target = item.statements[statement]
    overlay = nil
    focus = .reading
    panelSelection = discrepancy
    if article != selectedArticle { selectArticle(article) }
    let mark = target.figure ?? target.span
    if let index = mentions(ofArticle: article).firstIndex(where: { $0.span.overlaps(mark) }) {
      focusMention(article: article, mention: index)
    } else {
      cursor = nil
      relayout()
      if let line = layout.lineIndex(containing: mark.start) { reveal(line: line) }
    }
    statusMessage = "\(item.subject): \(corpus.articles[article].outlet) (\(statement + 1) of \(item.statements.count))"
  }

  /// The discrepancies with a statement in an article, in text order: (discrepancy, statement).
  func discrepancies(inArticle index: Int) -> [(discrepancy: Int, statement: Int, offset: Int)] {
    guard let discrepancies = analysis?.discrepancies else { return [] }
    let id = corpus.articles[index].id
    var result: [(Int, Int, Int)] = []
    for (d, item) in discrepancies.enumerated() where item.kind != .coverage {
      for (s, statement) in item.statements.enumerated() where statement.articleID == id {
        result.append((d, s, (statement.figure ?? statement.span).start))
      }
    }
    return result.sorted { $0.2 < $1.2 }
  }

  /// Opens the compare screen on a statement's article and another outlet's, at that fact.
  mutating func compareDiscrepancy(_ index: Int, statement: Int) {
    guard let items = analysis?.discrepancies, items.indices.contains(index) else { return }
    let statements = items[index].statements
    guard statements.indices.contains(statement), let left = articleIndex(id: statements[statement].articleID) else { return }
    let others = (statements[(statement + 1)...] + statements[..<statement]).compactMap { articleIndex(id: $0.articleID) }
    guard let right = others.first(where: { $0 != left }) else {
      statusMessage = "only one outlet states this: nothing to compare"
      return
    }
    openCompare(left: left, right: right, at: (statements[statement].figure ?? statements[statement].span).start)
  }

  /// Steps through the discrepancies of the article being read (`]c`, `[c`).
  mutating func stepDiscrepancy(forward: Bool) {
    let here = discrepancies(inArticle: selectedArticle)
    guard !here.isEmpty else {
      statusMessage = analysis == nil ? "discrepancies appear when the analysis is ready" : "no discrepancy in this article"
      return
    }
    let position = cursorOffset ?? (layout.sourceOffset(atLine: readingTop) ?? 0) - (forward ? 1 : 0)
    let next = forward
      ? here.first { $0.offset > position } ?? here[0]
      : here.last { $0.offset < position } ?? here[here.count - 1]
    jumpToStatement(discrepancy: next.discrepancy, statement: next.statement)
  }

  /// The text offset of the selected mention in this article, if any.
  private var cursorOffset: Int? {
    guard let cursor, cursor.article == selectedArticle else { return nil }
    return mentions(ofArticle: selectedArticle)[cursor.mention].span.start
  }

  /// Figures in the current article that some outlet states differently.
  var disputedFigureHighlights: [ArticleLayout.Highlight] {
    guard let discrepancies = analysis?.discrepancies else { return [] }
    let id = article.id
    return discrepancies.filter { ($0.kind == .number || $0.kind == .date) && ($0.verdict == .conflict || $0.verdict == .hedged) }
      .flatMap(\.statements).filter { $0.articleID == id }.compactMap(\.figure)
      .map { ArticleLayout.Highlight(span: $0, role: .disputedFigure) }
  }
}
