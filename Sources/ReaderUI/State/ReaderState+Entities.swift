import NewsModel
import TerminalUI

extension ReaderState {
  /// The key that groups mentions of one entity: its id, or a figure's type and text.
  func entityKey(article: Int, mention: Mention) -> String {
    MentionDirectory.key(of: mention, in: corpus.articles[article])
  }

  /// Every mention of an entity, in reading order across articles.
  func occurrences(ofKey key: String) -> [(article: Int, mention: Int)] {
    (directory?.places(ofKey: key) ?? []).map { ($0.article, $0.mention) }
  }

  /// Highlights for the current article: the selected entity's mentions and search matches.
  var highlights: [ArticleLayout.Highlight] {
    var result = disputedFigureHighlights
    if let cursor {
      for (index, mention) in mentions(ofArticle: selectedArticle).enumerated()
      where entityKey(article: selectedArticle, mention: mention) == cursor.entityKey {
        let isCursor = cursor.article == selectedArticle && cursor.mention == index
        result.append(.init(span: mention.span, role: isCursor ? .focusedMention : .otherMentionOfFocus))
      }
    }
    if let search {
      for (index, match) in search.matches.enumerated() where match.article == selectedArticle {
        result.append(.init(span: match.span, role: index == search.current ? .currentSearchMatch : .searchMatch))
      }
    }
    return result
  }

  /// Selects the next (or previous) mention shown on screen after the current one.
  mutating func selectEntityOnScreen(forward: Bool) {
    let mentions = mentions(ofArticle: selectedArticle)
    guard !mentions.isEmpty else {
      statusMessage = analysis == nil ? "entities appear when the analysis is ready" : "no entity in this article"
      return
    }
    let lines = layout.lines[readingTop..<min(layout.lines.count, readingTop + readingHeight)]
    let visible = lines.compactMap(\.source)
    guard let first = visible.first?.start, let last = visible.last?.end else { return }
    let onScreen = mentions.indices.filter { mentions[$0].span.start >= first && mentions[$0].span.start < last }
    guard !onScreen.isEmpty else {
      statusMessage = "no entity on screen"
      return
    }
    let current = cursor?.article == selectedArticle ? cursor?.mention : nil
    let next: Int
    if let current, forward {
      next = onScreen.first { $0 > current } ?? onScreen[0]
    } else if let current {
      next = onScreen.last { $0 < current } ?? onScreen[onScreen.count - 1]
    } else {
      next = forward ? onScreen[0] : onScreen[onScreen.count - 1]
    }
    focusMention(article: selectedArticle, mention: next)
  }

  /// Selects the mention drawn at a column of a layout line (a click).
  mutating func selectMention(atColumn column: Int, line: Int) {
    guard layout.lines.indices.contains(line) else { return }
    let rendered = layout.lines[line]
    var x = 0
    for (span, source) in zip(rendered.line.spans, rendered.spanSources) {
      let w = span.text.displayWidth
      if column >= x && column < x + w {
        let offset = source.start + min(column - x, max(0, source.length - 1))
        if let index = mentions(ofArticle: selectedArticle).firstIndex(where: { $0.span.contains(offset: offset) }) {
          focusMention(article: selectedArticle, mention: index)
        }
        return
      }
      x += w
    }
  }

  /// Steps to the next or previous mention of the selected entity, or search match.
  mutating func step(forward: Bool) {
    if stepping == .searchMatches, search != nil { return stepSearch(forward: forward) }
    guard let cursor else {
      statusMessage = "select an entity first: e selects one on screen, i opens the index"
      return
    }
    let all = occurrences(ofKey: cursor.entityKey)
    guard let here = all.firstIndex(where: { $0.article == cursor.article && $0.mention == cursor.mention }) else { return }
    let target = all[(here + (forward ? 1 : -1) + all.count) % all.count]
    focusMention(article: target.article, mention: target.mention)
  }

  /// Puts the cursor on a mention, opening its article and scrolling it into view.
  mutating func focusMention(article: Int, mention: Int) {
    let mentions = mentions(ofArticle: article)
    guard mentions.indices.contains(mention) else { return }
    let key = entityKey(article: article, mention: mentions[mention])
    cursor = MentionCursor(article: article, mention: mention, entityKey: key)
    stepping = .mentions
    if article != selectedArticle { selectArticle(article) }
    relayout()
    if let line = layout.lineIndex(containing: mentions[mention].span.start) { reveal(line: line) }
    statusMessage = nil
  }

  /// "Zelensky: mention 3 of 9 in 4 articles" for the selected entity.
  var cursorDescription: String? {
    guard let cursor, let mention = analysis?.mentions[cursor.article][cursor.mention] else { return nil }
    let all = occurrences(ofKey: cursor.entityKey)
    let position = (all.firstIndex { $0.article == cursor.article && $0.mention == cursor.mention } ?? 0) + 1
    let articles = Set(all.map(\.article)).count
    let name = mention.entityID.flatMap { analysis?.entity(id: $0)?.name }
      ?? corpus.articles[cursor.article].string(in: mention.span)
    return "\(name): mention \(position) of \(all.count) in \(articles) article\(articles == 1 ? "" : "s")"
  }
}
