/// Typing a capitalised run that no list knows, from the words in and around it.
extension NameScanner {
  /// The type the context gives a run, or nil when it says nothing.
  func contextType(of run: Range<Int>, in sentence: Range<Int>, isTitled: Bool, isHeadingLike: Bool) -> EntityType? {
    let first = tokens[run.lowerBound].key
    let last = tokens[run.upperBound - 1].key
    let before = run.lowerBound > sentence.lowerBound ? tokens[run.lowerBound - 1] : nil
    let after = run.upperBound < sentence.upperBound ? tokens[run.upperBound] : nil
    if isTitled { return .person }
    if CueWords.eventLastWords.contains(last) { return .event }
    if gazetteer.organizationWords.contains(last) { return .organization }
    if run.count >= 2, gazetteer.placeFirstWords.contains(first) { return .geopolitical }
    if run.count >= 2, gazetteer.placeLastWords.contains(last) { return .geopolitical }
    if let after, after.isWord, !after.isCapitalised, gazetteer.placeAfterWords.contains(after.key) { return .geopolitical }
    if run.count >= 2, gazetteer.firstNames.contains(first) { return .person }
    if let after, after.isWord, CueWords.speech.contains(after.key), run.count >= 2 { return .person }
    if let before, before.isWord, CueWords.speech.contains(before.key), run.count >= 2 { return .person }
    if isDescribedAsPerson(after: run.upperBound, in: sentence) { return .person }
    if let before, before.isWord, !before.isCapitalised, CueWords.placePrepositions.contains(before.key), run.count <= 3 {
      return .geopolitical
    }
    if run.count == 1, tokens[run.lowerBound].isAllCaps, !isHeadingLike, tokens[run.lowerBound].token.span.length <= 6 {
      return .organization
    }
    return nil
  }

  /// Whether an apposition after the run names a role: "Dmitry Peskov, the Kremlin’s spokesman".
  private func isDescribedAsPerson(after end: Int, in sentence: Range<Int>) -> Bool {
    guard end < sentence.upperBound, tokens[end].token.kind == .punctuation, firstScalar(end) == "," else { return false }
    var index = end + 1
    while index < min(end + 6, sentence.upperBound) {
      let token = tokens[index]
      if token.token.kind == .punctuation { return false }
      if gazetteer.personCues.contains(token.key) || (token.isCapitalised && gazetteer.titles.contains(token.key)) {
        return true
      }
      index += 1
    }
    return false
  }
}

/// Lowercase words the recogniser looks for, as keys.
enum CueWords {
  /// "of", which joins "Gulf of Suez" and "University of Southmere".
  static let of = key("of")
  /// "elect", as in "President-elect".
  static let elect = key("elect")
  /// "summit", which makes the name before it an event.
  static let summit = key("summit")
  /// Name particles inside personal and place names: "Rio de Janeiro", "Abdel Fattah el-Sisi".
  static let particles = keys("de da del della di du des van von der den ter al el bin ibn la le y")
  /// Verbs of speech around a person's name: "said Dan Ives", "Kurtz told".
  static let speech = keys("said says told added wrote explained warned stated asked noted according")
  /// Prepositions before a place: "in Amizmiz".
  static let placePrepositions = keys("in near outside")
  /// Last words of named events: "Paris Olympics", "Munich Security Conference".
  static let eventLastWords = keys("Summit Olympics Games Festival Championship Championships Conference Forum")
  /// Parentheses around an acronym.
  static let openParenthesis = key("(")
  static let closeParenthesis = key(")")

  private static func keys(_ words: String) -> Set<UInt64> {
    Set(words.split(separator: " ").map { key(String($0)) })
  }

  /// The token key of one word.
  static func key(_ word: String) -> UInt64 {
    let scalars = Array(word.unicodeScalars)
    return NameKey.token(scalars, 0..<scalars.count)
  }
}
