/// Whether two spellings of one entity write the same name differently, judged from the strings alone.
///
/// A respelling keeps the name and changes its letters: case ("CrowdStrike"/"Crowdstrike",
/// "ATACMS"/"ATACMs"), diacritics ("António"/"Antonio"), hyphens, dashes and spaces ("Al Haouz"/
/// "Al-Haouz"), or a letter or two in a transliteration ("Zelensky"/"Zelenskyy", "Rabie"/"Rabei",
/// "el-Sisi"/"al-Sisi"). Other forms of a name are no respelling: an abbreviation or its dots
/// ("UN"/"United Nations", "U.S."/"US"), a word more or less ("Guterres"/"António Guterres"), another
/// name for the place ("Britain"/"UK") and an inflected form ("Egyptian"/"Egyptians", "Russia"/"Russian").
enum NameSpelling {
  /// The most letters a transliteration may change.
  static let maximumEdits = 2
  /// The most letters a transliteration may change per letter of the name.
  static let maximumEditsPerLetter = 0.25
  /// A one-word name must have at least this many letters for a changed letter to count.
  static let minimumLettersForEdits = 5

  /// Endings that make another form of a word (plural, demonym), not another spelling.
  static let inflections: Set<String> = ["s", "es", "n", "an", "ns", "ans", "ian", "ians", "ese", "ish", "i", "is"]

  /// Whether `a` and `b` are the same name spelled differently.
  static func isRespelling(_ a: String, _ b: String) -> Bool {
    guard a != b, withoutDots(a) != withoutDots(b) else { return false }
    let foldedA = Spelling.fold(a)
    let foldedB = Spelling.fold(b)
    if foldedA == foldedB || withoutSpaces(foldedA) == withoutSpaces(foldedB) { return true }
    let wordsA = foldedA.split(separator: " ")
    let wordsB = foldedB.split(separator: " ")
    guard wordsA.count == wordsB.count else { return false }
    if wordsA.count == 1, min(foldedA.count, foldedB.count) < minimumLettersForEdits { return false }
    var edits = 0
    for (wordA, wordB) in zip(wordsA, wordsB) where wordA != wordB {
      if isInflection(String(wordA), String(wordB)) { return false }
      edits += EntityLinker.editDistance(Array(wordA.unicodeScalars), Array(wordB.unicodeScalars), limit: maximumEdits)
      if edits > maximumEdits { return false }
    }
    return Double(edits) <= maximumEditsPerLetter * Double(max(foldedA.count, foldedB.count))
  }

  /// Whether one word is the other with an inflectional ending added.
  static func isInflection(_ a: String, _ b: String) -> Bool {
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.hasPrefix(short) else { return false }
    return inflections.contains(String(long.dropFirst(short.count)))
  }

  /// The text without its dots ("U.S." → "US").
  static func withoutDots(_ text: String) -> String { text.replacingOccurrences(of: ".", with: "") }

  /// The text without its spaces.
  static func withoutSpaces(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "") }
}
