import NewsModel

extension ReaderState {
  /// Opens (or closes) the compare screen: this article on the left, the next one on the right.
  mutating func toggleCompare() {
    if compare != nil {
      compare = nil
      return
    }
    guard corpus.articles.count > 1 else {
      statusMessage = "compare needs two articles"
      return
    }
    openCompare(left: selectedArticle, right: (selectedArticle + 1) % corpus.articles.count, at: nil)
  }

  /// Opens the compare screen on two articles, at the row holding a left offset if given.
  mutating func openCompare(left: Int, right: Int, at leftOffset: Int?) {
    if statistics == nil { statistics = CorpusStatistics(corpus: corpus) }
    guard let statistics else { return }
    let alignment = SentenceAligner.align(corpus.articles[left], corpus.articles[right], statistics: statistics)
    compare = CompareState(left: left, right: right, alignment: alignment)
    overlay = nil
    if let leftOffset, let sentence = corpus.articles[left].sentenceIndex(containing: leftOffset),
      let row = alignment.rows.firstIndex(where: { $0.left == sentence })
    {
      compare?.current = row
      compare?.top = max(0, row - 2)
    }
  }

  /// Runs a command on the compare screen; returns false when the command is not one of its own.
  mutating func runCompare(_ command: Command) -> Bool {
    guard var state = compare else { return false }
    let rows = state.alignment.rows
    switch command {
    case .compare, .cancel:
      compare = nil
      return true
    case .moveDown: state.top = min(state.top + 1, max(0, rows.count - 1))
    case .moveUp: state.top = max(state.top - 1, 0)
    case .pageDown, .halfPageDown: state.top = min(state.top + max(1, height / 6), max(0, rows.count - 1))
    case .pageUp, .halfPageUp: state.top = max(state.top - max(1, height / 6), 0)
    case .top: state.top = 0
    case .bottom: state.top = max(0, rows.count - 1)
    case .swapSides:
      openCompare(left: state.right, right: state.left, at: nil)
      return true
    case .pickLeft, .pickRight:
      let count = corpus.articles.count
      var left = state.left
      var right = state.right
      if command == .pickLeft {
        repeat { left = (left + 1) % count } while left == right
      } else {
        repeat { right = (right + 1) % count } while right == left
      }
      openCompare(left: left, right: right, at: nil)
      return true
    case .nextDifference, .previousDifference:
      let start = state.current ?? (command == .nextDifference ? state.top - 1 : state.top)
      let candidates = command == .nextDifference
        ? Array(rows.indices.filter { $0 > start })
        : Array(rows.indices.filter { $0 < start }.reversed())
      guard let next = candidates.first(where: { state.isDifference(rows[$0]) }) else {
        statusMessage = "no more differences"
        return true
      }
      state.current = next
      state.top = max(0, next - 2)
    case .zoomColumn:
      state.zoom = switch state.zoom {
      case nil: .left
      case .left: .right
      case .right: nil
      }
    case .quit, .help: return false
    default:
      statusMessage = "\(command.summary): not on the compare screen (Esc goes back)"
    }
    compare = state
    return true
  }
}
