/// A fast test of whether a word can start a figure, without building a `String` for it.
///
/// Words are hashed (FNV-1a over their lowercased ASCII letters) and looked up by binary search in the
/// sorted hashes of every word that can start a figure; a collision only costs the full check.
enum TriggerWords {
  /// The sorted hashes of the words that can start a figure.
  static let hashes: [UInt64] = {
    var words: Set<String> = ["a", "an", "the", "this", "last", "next", "earlier", "later", "midnight", "noon", "dozen", "tens"]
    words.formUnion(FigureScanner.months.keys)
    words.formUnion(FigureScanner.weekdays)
    words.formUnion(FigureScanner.numberWords.keys)
    words.formUnion(FigureScanner.vagueCounts)
    return words.map { hash(Array($0.unicodeScalars)[...]) }.sorted()
  }()

  /// Whether a word token may start a figure.
  static func mayTrigger(_ token: Token, in text: ArticleText) -> Bool {
    guard token.span.length <= 9 else { return false }
    let key = hash(text.scalars[token.span.start..<token.span.end])
    var low = 0
    var high = hashes.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if hashes[mid] == key { return true }
      if hashes[mid] < key { low = mid + 1 } else { high = mid - 1 }
    }
    return false
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
