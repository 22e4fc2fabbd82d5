import NewsModel
import TerminalUI

/// The bottom line: where the reader is, what is selected, and the keys that matter now.
struct StatusBarView: Widget {
  let state: ReaderState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let bar = theme.style(.statusBar)
    buffer.fill(area, style: bar)
    if let prompt = state.prompt {
      let label = prompt.purpose == .search ? "/" : "filter: "
      let end = buffer.write(label + prompt.text, x: area.x, y: area.y, style: theme.style(.statusKey))
      buffer.write("▏", x: end, y: area.y, style: theme.style(.statusKey))
      buffer.write("  Enter search · Esc cancel", x: end + 2, y: area.y, style: bar)
      return
    }
    let position: String
    if let compare = state.compare {
      let rows = compare.alignment.rows
      let pairs = rows.filter { $0.left != nil && $0.right != nil }.count
      position = " row \(min(compare.top + 1, rows.count))/\(rows.count) · \(pairs) pairs "
    } else {
      position = " \(state.selectedArticle + 1)/\(state.corpus.articles.count) "
    }
    var x = buffer.write(position, x: area.x, y: area.y, style: theme.style(.statusKey))
    let middle = state.statusMessage ?? (state.stepping == .searchMatches ? state.searchDescription : nil)
      ?? state.cursorDescription ?? state.searchDescription
    if let middle {
      x = buffer.write(" " + SafeText.sanitized(middle), x: x, y: area.y, style: theme.style(.statusMessage), maxX: area.maxX)
    }
    let hints = keyHints
    var hintWidth = hints.reduce(0) { $0 + $1.0.displayWidth + $1.1.displayWidth + 3 }
    var shown = hints
    while hintWidth > area.maxX - x - 2, !shown.isEmpty {
      let dropped = shown.removeFirst()
      hintWidth -= dropped.0.displayWidth + dropped.1.displayWidth + 3
    }
    var hx = area.maxX - hintWidth
    for (key, label) in shown {
      hx = buffer.write(key, x: hx, y: area.y, style: theme.style(.statusKey))
      hx = buffer.write(" \(label)  ", x: hx, y: area.y, style: bar)
    }
  }

  /// The keys worth showing for the focused pane or overlay, least important first.
  private var keyHints: [(String, String)] {
    switch state.overlay {
    case .help: return [("j/k", "scroll"), ("?", "close")]
    case .entityIndex: return [("/", "filter"), ("Enter", "first mention"), ("Esc", "close")]
    case .discrepancy: return [("c", "compare"), ("j/k", "statement"), ("Enter", "jump to it"), ("Esc", "close")]
    case nil: break
    }
    if state.compare != nil {
      return [("z", "zoom"), ("s", "swap"), ("</>", "other article"), ("]d/[d", "next/prev difference"), ("j/k", "scroll"), ("Esc", "back")]
    }
    var hints: [(String, String)] = [("q", "quit"), ("?", "help")]
    switch state.focus {
    case .list: hints = [("Enter", "read"), ("j/k", "article")] + hints
    case .reading:
      hints = [("/", "search"), ("i", "index"), ("n/N", "next/prev"), ("e", "entity"), ("j/k", "scroll")] + hints
    case .panel: hints = [("c", "compare"), ("Enter", "open"), ("j/k", "select")] + hints
    }
    return [("Tab", "pane")] + hints
  }
}
