extension WordDiff {
  /// Words that hedge a figure ("about", "nearly", "as many as", "over").
  static let hedgeWords: Set<String> = [
    "about", "nearly", "almost", "around", "approximately", "roughly", "some", "over", "under", "more", "less",
    "fewer", "than", "least", "most", "many", "up", "to", "estimated", "exceeding", "surpassing", "just", "only",
    "below", "above", "beyond", "close",
  ]

  /// One hunk as a change, its edges cleared of punctuation; nil when only punctuation differs.
  ///
  /// `nextLeft` and `nextRight` are the units after the hunk, to tell a hedge
  /// ("about" before an unchanged number) from the same word used otherwise.
  static func change(left: [Unit], right: [Unit], nextLeft: Unit?, nextRight: Unit?) -> WordChange? {
    let leftWords = trimmed(left)
    let rightWords = trimmed(right)
    guard !leftWords.isEmpty || !rightWords.isEmpty else { return nil }
    let kind: WordChange.Kind
    let all = leftWords + rightWords
    if all.contains(where: { $0.kind == .number }) {
      kind = .figure
    } else if all.contains(where: \.isName) {
      kind = .name
    } else if (hedges(leftWords) && nextLeft?.kind == .number) || (hedges(rightWords) && nextRight?.kind == .number) {
      kind = .hedge
    } else {
      kind = .wording
    }
    return WordChange(kind: kind, left: span(of: leftWords), right: span(of: rightWords))
  }

  /// The units without punctuation at either end.
  private static func trimmed(_ units: [Unit]) -> ArraySlice<Unit> {
    var slice = units[...]
    while let first = slice.first, first.kind == .punctuation { slice.removeFirst() }
    while let last = slice.last, last.kind == .punctuation { slice.removeLast() }
    return slice
  }

  private static func hedges(_ units: ArraySlice<Unit>) -> Bool {
    units.contains { hedgeWords.contains($0.key) }
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
