/// Splits a block of running text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
/// followed by whitespace and a capital, digit or opening quote — unless the
/// word before the dot is a known abbreviation ("Sen.", "Dr.", "U.S."), a single
/// initial ("Donald J. Trump") or the dot sits inside a number ("6.8").
public enum SentenceSplitter {
  /// Abbreviations (lowercased, without the final dot) that never end a sentence
  /// when a capitalised word follows.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "cmdr", "adm", "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "mt", "ft",
    "no", "nos", "vs", "v", "etc", "inc", "corp", "ltd", "co", "dept", "univ", "approx", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "e.u",
  ]

  /// The sentences of one block, as spans into the text.
  public static func sentences(in text: ArticleText, block: TextSpan) -> [TextSpan] {
    let s = text.scalars
    var result: [TextSpan] = []
    var start = skipSpace(s, from: block.start, end: block.end)
    var i = start
    while i < block.end {
      let c = s[i]
      guard c == "." || c == "!" || c == "?" || c == "…" else {
        i += 1
        continue
      }
      var end = i + 1
      while end < block.end, isCloser(s[end]) || s[end] == "." || s[end] == "!" || s[end] == "?" { end += 1 }
      guard end < block.end, s[end].isSpace else {
        i = end
        continue
      }
      let next = skipSpace(s, from: end, end: block.end)
      guard next < block.end, startsSentence(s[next]) else {
        i = end
        continue
      }
      if c == ".", isNonTerminalDot(s, dotAt: i, blockStart: start) {
        i = end
        continue
      }
      result.append(TextSpan(start: start, end: end))
      start = next
      i = next
    }
    let last = trimEnd(s, start: start, end: block.end)
    if last > start { result.append(TextSpan(start: start, end: last)) }
    return result
  }

  private static func isCloser(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "»"
  }

  private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
    c.isUppercaseLetter || c.isASCIIDigit || c == "\"" || c == "\u{201C}" || c == "\u{2018}" || c == "'"
      || c == "(" || c == "[" || c == "«" || c == "—" || c == "–"
  }

  /// Whether the dot at `dotAt` belongs to an abbreviation or an initial.
  private static func isNonTerminalDot(_ s: [Unicode.Scalar], dotAt: Int, blockStart: Int) -> Bool {
    var wordStart = dotAt
    while wordStart > blockStart, s[wordStart - 1].isLetterLike || s[wordStart - 1] == "." { wordStart -= 1 }
    guard wordStart < dotAt else { return false }
    if dotAt - wordStart == 1, s[wordStart].isUppercaseLetter { return true }  // an initial: "J."
    if let key = asciiKey(s[wordStart..<dotAt]) { return abbreviationKeys.contains(key) }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: s[wordStart..<dotAt])
    return abbreviations.contains(String(word).lowercased())
  }

  /// The abbreviations packed by `asciiKey`.
  private static let abbreviationKeys = KeySet(abbreviations.compactMap { asciiKey(Array($0.unicodeScalars)[...]) })

  /// An ASCII word of up to 8 scalars lowercased and packed into one number (0 when longer: no
  /// abbreviation is), or nil when the word is not ASCII.
  private static func asciiKey(_ word: ArraySlice<Unicode.Scalar>) -> UInt64? {
    var key: UInt64 = 0
    for c in word {
      guard c.isASCII else { return nil }
      guard word.count <= 8 else { continue }
      key = key << 8 | UInt64(c.isUppercaseLetter ? c.value | 0x20 : c.value)
    }
    return key
  }

  private static func skipSpace(_ s: [Unicode.Scalar], from: Int, end: Int) -> Int {
    var i = from
    while i < end, s[i].isSpace { i += 1 }
    return i
  }

  private static func trimEnd(_ s: [Unicode.Scalar], start: Int, end: Int) -> Int {
    var e = end
    while e > start, s[e - 1].isSpace { e -= 1 }
    return e
  }
}
