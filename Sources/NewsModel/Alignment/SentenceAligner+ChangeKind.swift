extension WordDiff {
  /// Words that hedge a figure ("about", "nearly", "as many as", "over", "more than").
  static let hedgeWords: Set<String> = [
    "about", "nearly", "almost", "around", "approximately", "roughly", "some", "over", "under", "more", "less",
    "fewer", "than", "least", "at", "as", "many", "much", "estimated", "exceeding", "surpassing", "below",
    "above", "beyond", "upwards", "close",
  ]

  /// One hunk as changes, edges cleared of punctuation: hedge words right
  /// before a figure ("about" in "about 12,000"), at either end of a side, are
  /// split off as a change of their own; nothing when only punctuation differs.
  ///
  /// `nextLeft` and `nextRight` are the units after the hunk on each side.
  static func classified(left: [Unit], right: [Unit], nextLeft: Unit?, nextRight: Unit?) -> [WordChange] {
    let (leftWords, leftHedge) = splitHedge(trimmed(left), before: nextLeft)
    let (rightWords, rightHedge) = splitHedge(trimmed(right), before: nextRight)
    var changes: [WordChange] = []
    if !leftWords.isEmpty || !rightWords.isEmpty {
      let all = leftWords + rightWords
      let kind: WordChange.Kind =
        all.contains { $0.kind == .number } ? .figure : all.contains(where: \.isName) ? .name : .wording
      changes.append(WordChange(kind: kind, left: span(of: leftWords), right: span(of: rightWords)))
    }
    if !leftHedge.isEmpty || !rightHedge.isEmpty {
      changes.append(WordChange(kind: .hedge, left: span(of: leftHedge), right: span(of: rightHedge)))
    }
    return changes
  }

  /// Splits hedge words that open a run before its figure, or end a run
  /// before the figure after it, from the rest of the run.
  private static func splitHedge(_ units: ArraySlice<Unit>, before next: Unit?) -> (ArraySlice<Unit>, ArraySlice<Unit>) {
    var end = units.startIndex
    while end < units.endIndex, hedgeWords.contains(units[end].key) { end += 1 }
    if end > units.startIndex, end < units.endIndex, units[end].kind == .number {
      return (units[end...], units[..<end])
    }
    guard next?.kind == .number else { return (units, []) }
    var start = units.endIndex
    while start > units.startIndex, hedgeWords.contains(units[start - 1].key) { start -= 1 }
    return (units[..<start], units[start...])
  }

  /// The units without punctuation at either end.
  private static func trimmed(_ units: [Unit]) -> ArraySlice<Unit> {
    var slice = units[...]
    while let first = slice.first, first.kind == .punctuation { slice.removeFirst() }
    while let last = slice.last, last.kind == .punctuation { slice.removeLast() }
    return slice
  }

  private static func span(of units: ArraySlice<Unit>) -> TextSpan? {
    guard let first = units.first, let last = units.last else { return nil }
    return TextSpan(start: first.span.start, end: last.span.end)
  }

  /// The key of a punctuation mark: curly quotes made straight, dashes made one.
  static func punctuationKey(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": "\""
    case "\u{2018}", "\u{2019}", "\u{201A}": "'"
    case "\u{2013}", "\u{2014}", "\u{2212}": "-"
    default: scalar
    }
  }
}
