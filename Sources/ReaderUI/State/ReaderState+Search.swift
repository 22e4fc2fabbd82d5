import NewsModel
import TerminalUI

extension ReaderState {
  /// Types into the status-bar prompt; Enter runs it, Esc drops it.
  mutating func handlePromptKey(_ event: InputEvent) {
    guard var prompt else { return }
    switch event {
    case .key(.escape):
      self.prompt = nil
      if prompt.purpose == .filterEntities { entityIndex.filter = "" }
      return
    case .key(.enter):
      self.prompt = nil
      if prompt.purpose == .search { runSearch(prompt.text) }
      return
    case .key(.backspace), .key(.delete):
      if !prompt.text.isEmpty { prompt.text.removeLast() }
    case .character(let c) where !(c.unicodeScalars.first.map(SafeText.isControl) ?? true):
      prompt.text.append(c)
    default:
      return
    }
    self.prompt = prompt
    if prompt.purpose == .filterEntities {
      entityIndex.filter = prompt.text
      entityIndex.selected = 0
      entityIndex.top = 0
    }
  }

  /// Finds every match of a query in every article (case-insensitive) and goes to the first.
  mutating func runSearch(_ query: String) {
    let needle = Array(query.lowercased().unicodeScalars)
    guard !needle.isEmpty else {
      search = nil
      relayout()
      return
    }
    var matches: [(article: Int, span: TextSpan)] = []
    for (index, article) in corpus.articles.enumerated() {
      let haystack = Array(article.text.string.lowercased().unicodeScalars)
      guard haystack.count == article.text.count else { continue }  // lowercasing changed lengths: skip safely
      let bodyStart = article.blocks.first?.span.start ?? 0
      var i = bodyStart
      while i + needle.count <= haystack.count {
        if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
          matches.append((index, TextSpan(start: i, end: i + needle.count)))
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    stepping = .searchMatches
    guard !matches.isEmpty else {
      search = nil
      relayout()
      statusMessage = "not found: \(query)"
      return
    }
    let here = layout.sourceOffset(atLine: readingTop) ?? 0
    let first = matches.firstIndex { ($0.article, $0.span.start) >= (selectedArticle, here) } ?? 0
    search = SearchResults(query: query, matches: matches, current: nil)
    goToMatch(first)
  }

  /// Steps to the next or previous search match, on into other articles.
  mutating func stepSearch(forward: Bool) {
    guard let search, !search.matches.isEmpty else { return }
    let current = search.current ?? (forward ? -1 : 0)
    goToMatch((current + (forward ? 1 : -1) + search.matches.count) % search.matches.count)
  }

  private mutating func goToMatch(_ index: Int) {
    guard var results = search else { return }
    results.current = index
    search = results
    let match = results.matches[index]
    if match.article != selectedArticle { selectArticle(match.article) }
    relayout()
    if let line = layout.lineIndex(containing: match.span.start) { reveal(line: line) }
  }

  /// "/troops: match 2 of 14 in 5 articles".
  var searchDescription: String? {
    guard let search, let current = search.current else { return nil }
    let articles = Set(search.matches.map(\.article)).count
    return "/\(search.query): match \(current + 1) of \(search.matches.count) in \(articles) article\(articles == 1 ? "" : "s")"
  }
}
