/// The word-level difference inside an aligned pair of sentences.
///
/// Tokens are compared normalised (case, curly vs straight quotes, dashes,
/// "10,000" vs "10 000") with the standard library's Myers difference; the
/// result is snapped to whole tokens, nearby edits are merged, and each change
/// gets a kind so that figures, names and hedges come first.
enum WordDiff {
  /// One token (or a number written in groups) as the diff compares it.
  struct Unit {
    let span: TextSpan
    let key: String
    let kind: Token.Kind
    let isName: Bool
  }

  /// The changes between two sentences given as tokens, most telling first
  /// (figures, names, hedges, wording; in text order within a kind).
  static func changes(_ leftText: ArticleText, _ leftTokens: [Token], _ rightText: ArticleText, _ rightTokens: [Token]) -> [WordChange] {
    let left = units(leftTokens, in: leftText)
    let right = units(rightTokens, in: rightText)
    let difference = right.difference(from: left) { $0.key == $1.key }
    var removed = [Bool](repeating: false, count: left.count)
    var inserted = [Bool](repeating: false, count: right.count)
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed[offset] = true
      case .insert(let offset, _, _): inserted[offset] = true
      }
    }
    let changes = hunks(removed: removed, inserted: inserted, left: left, right: right).flatMap { hunk in
      classified(
        left: Array(left[hunk.left]), right: Array(right[hunk.right]),
        nextLeft: hunk.left.upperBound < left.count ? left[hunk.left.upperBound] : nil,
        nextRight: hunk.right.upperBound < right.count ? right[hunk.right.upperBound] : nil)
    }
    let ranked = changes.enumerated().sorted { ($0.element.kind.rawValue, $0.offset) < ($1.element.kind.rawValue, $1.offset) }
    return ranked.map(\.element)
  }

  /// The diff units of a sentence: tokens with normalised keys, numbers in groups joined.
  static func units(_ tokens: [Token], in text: ArticleText) -> [Unit] {
    var units: [Unit] = []
    units.reserveCapacity(tokens.count)
    let firstWord = tokens.firstIndex { $0.kind == .word }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .number:
        let end = CapitalizedNameFeatures.numberGroupEnd(tokens, from: index, text: text)
        let span = TextSpan(start: token.span.start, end: tokens[end - 1].span.end)
        var key = String.UnicodeScalarView()
        key.append(contentsOf: text.scalars[span.start..<span.end].filter { $0.isASCIIDigit || $0 == "." })
        units.append(Unit(span: span, key: String(key), kind: .number, isName: false))
        index = end
        continue
      case .word:
        let isName = index != firstWord && text.scalars[token.span.start].isUppercaseLetter
        units.append(Unit(span: token.span, key: ContentTerms.lowercased(token.span, in: text), kind: .word, isName: isName))
      case .punctuation:
        let scalar = text.scalars[token.span.start]
        units.append(Unit(span: token.span, key: String(punctuationKey(scalar)), kind: .punctuation, isName: false))
      }
      index += 1
    }
    return units
  }

  /// Runs of edits as ranges of units on each side. Runs kept apart only by
  /// punctuation and function words merge, and so do runs of two or more
  /// words kept apart by a single shared word that is neither a figure nor a
  /// name, so that a stray shared word does not cut a rewritten phrase into
  /// confetti while a shared figure stays visibly shared.
  static func hunks(removed: [Bool], inserted: [Bool], left: [Unit], right: [Unit]) -> [(left: Range<Int>, right: Range<Int>)] {
    var runs: [(left: Range<Int>, right: Range<Int>)] = []
    var i = 0
    var j = 0
    while i < removed.count || j < inserted.count {
      guard (i < removed.count && removed[i]) || (j < inserted.count && inserted[j]) else {
        i += 1
        j += 1
        continue
      }
      let start = (i, j)
      while i < removed.count, removed[i] { i += 1 }
      while j < inserted.count, inserted[j] { j += 1 }
      runs.append((start.0..<i, start.1..<j))
    }
    func size(_ run: (left: Range<Int>, right: Range<Int>)) -> Int { max(run.left.count, run.right.count) }
    var hunks: [(left: Range<Int>, right: Range<Int>)] = []
    for (index, run) in runs.enumerated() {
      if index > 0, let last = hunks.last {
        let previous = runs[index - 1]
        let equal = left[previous.left.upperBound..<run.left.lowerBound].filter { !isFiller($0) }
        let anchored = equal.contains { $0.kind == .number || $0.isName }
        if equal.isEmpty || (equal.count == 1 && !anchored && size(previous) >= 2 && size(run) >= 2) {
          hunks[hunks.count - 1] = (last.left.lowerBound..<run.left.upperBound, last.right.lowerBound..<run.right.upperBound)
          continue
        }
      }
      hunks.append(run)
    }
    return hunks
  }

  private static func isFiller(_ unit: Unit) -> Bool {
    unit.kind == .punctuation || ContentTerms.stopWords.contains(unit.key) && !hedgeWords.contains(unit.key)
  }
}
