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

  /// The changes between two sentences given as tokens, most telling first; none
  /// when the sentences share too little for a word diff to help.
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
    guard !mostlyDifferent(left, removed), !mostlyDifferent(right, inserted) else { return [] }
    let changes = hunks(removed: removed, inserted: inserted, left: left, right: right).compactMap { hunk in
      change(
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

  /// Whether most of a side's words are edited: then highlighting helps no one.
  private static func mostlyDifferent(_ units: [Unit], _ edited: [Bool]) -> Bool {
    var words = 0
    var changed = 0
    for (unit, isEdited) in zip(units, edited) where unit.kind != .punctuation {
      words += 1
      if isEdited { changed += 1 }
    }
    return Double(changed) > maximumEditedShare * Double(words)
  }

  /// The share of a sentence's words above which a pair is shown without a word diff.
  static let maximumEditedShare = 0.75

  /// Runs of edits as ranges of units on each side; runs kept apart by a single
  /// unchanged punctuation mark or function word are merged.
  static func hunks(removed: [Bool], inserted: [Bool], left: [Unit], right: [Unit]) -> [(left: Range<Int>, right: Range<Int>)] {
    var hunks: [(left: Range<Int>, right: Range<Int>)] = []
    var i = 0
    var j = 0
    while i < removed.count || j < inserted.count {
      let removing = i < removed.count && removed[i]
      let inserting = j < inserted.count && inserted[j]
      guard removing || inserting else {
        i += 1
        j += 1
        continue
      }
      let start = (i, j)
      while i < removed.count, removed[i] { i += 1 }
      while j < inserted.count, inserted[j] { j += 1 }
      if let last = hunks.last, last.left.upperBound + 1 == start.0, last.right.upperBound + 1 == start.1,
        isFiller(left[last.left.upperBound])
      {
        hunks[hunks.count - 1] = (last.left.lowerBound..<i, last.right.lowerBound..<j)
      } else {
        hunks.append((start.0..<i, start.1..<j))
      }
    }
    return hunks
  }

  private static func isFiller(_ unit: Unit) -> Bool {
    unit.kind == .punctuation || ContentTerms.stopWords.contains(unit.key) && !hedgeWords.contains(unit.key)
  }
}
