/// A fast test of whether a word can start a figure, without building a `String` for it.
///
/// Words are hashed (FNV-1a over their lowercased ASCII letters) and looked up by binary search in the
/// sorted hashes of every word that can start a figure; a collision only costs the full check.
enum TriggerWords {
  /// The sorted hashes of the words that can start a figure.
  static let hashes: [UInt64] = {
    var words: Set<String> = [
      "a", "an", "the", "this", "last", "next", "earlier", "later", "midnight", "noon", "dozen", "tens",
    ]
    words.formUnion(FigureScanner.months.keys)
    words.formUnion(FigureScanner.weekdays)
    words.formUnion(FigureScanner.numberWords.keys)
    words.formUnion(FigureScanner.vagueCounts)
    return words.map { hash(Array($0.unicodeScalars)[...]) }.sorted()
  }()

  /// The sorted hashes of the words without which no figure can be made of words alone.
  static let coreHashes: [UInt64] = {
    var words: Set<String> = ["midnight", "noon", "dozen", "weekend", "week", "month", "year"]
    words.formUnion(FigureScanner.months.keys)
    words.formUnion(FigureScanner.weekdays)
    words.formUnion(FigureScanner.numberWords.keys)
    words.formUnion(FigureScanner.vagueCounts)
    return words.map { hash(Array($0.unicodeScalars)[...]) }.sorted()
  }()

  /// Whether a span may hold a figure: it has a digit, a currency sign or a core figure word.
  static func mayHoldFigure(_ text: ArticleText, span: TextSpan) -> Bool {
    let s = text.scalars
    var i = span.start
    while i < span.end {
      let v = s[i].value
      if v >= 48 && v <= 57 || v == 36 || (v > 127 && UnitLexicon.currencySigns[s[i]] != nil) { return true }
      guard (v | 0x20) >= 97 && (v | 0x20) <= 122 else {
        i += 1
        continue
      }
      let start = i
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      while i < span.end, (s[i].value | 0x20) >= 97 && (s[i].value | 0x20) <= 122 {
        h = (h ^ UInt64(s[i].value | 0x20)) &* 0x100_0000_01b3
        i += 1
      }
      if i - start <= 9, contains(coreHashes, h) { return true }
    }
    return false
  }

  /// Whether a sorted array holds a hash.
  static func contains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
    var low = 0
    var high = sorted.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if sorted[mid] == key { return true }
      if sorted[mid] < key { low = mid + 1 } else { high = mid - 1 }
    }
    return false
  }

  /// Whether a word token may start a figure.
  static func mayTrigger(_ token: Token, in text: ArticleText) -> Bool {
    guard token.span.length <= 9 else { return false }
    return contains(hashes, hash(text.scalars[token.span.start..<token.span.end]))
  }

  /// FNV-1a over the lowercased scalars of a word.
  static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars {
      let v = scalar.value < 128 ? scalar.value | (scalar.isUppercaseLetter ? 0x20 : 0) : scalar.value
      h = (h ^ UInt64(v)) &* 0x100_0000_01b3
    }
    return h
  }
}
