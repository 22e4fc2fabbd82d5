import NewsModel

extension ReaderState {
  /// How many statements a discrepancy has.
  func statementCount(ofDiscrepancy index: Int) -> Int { 0 }

  /// Opens the discrepancy selected in the panel.
  mutating func openDiscrepancy() {
    guard let count = analysis?.discrepancies.count, count > 0 else { return }
    overlay = .discrepancy(index: panelSelection, selected: 0)
  }

  /// Jumps to one outlet's statement of a discrepancy.
  mutating func jumpToStatement(discrepancy: Int, statement: Int) {}

  /// Steps through the discrepancies of the article being read.
  mutating func stepDiscrepancy(forward: Bool) {
    statusMessage = "no discrepancy in this article"
  }
}
