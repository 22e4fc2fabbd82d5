/// Typing a capitalised run that no list knows, from the words in and around it.
extension NameScanner {
  /// The type the context gives a run, and the type weaker cues suggest when the article gives none.
  func contextType(of run: Range<Int>, in sentence: Range<Int>, isTitled: Bool) -> (type: EntityType?, fallback: EntityType?) {
    let first = tokens[run.lowerBound].key
    let last = tokens[run.upperBound - 1].key
    let before = run.lowerBound > sentence.lowerBound ? tokens[run.lowerBound - 1] : nil
    let after = run.upperBound < sentence.upperBound ? tokens[run.upperBound] : nil
    let lowercaseBefore = before.flatMap { $0.isWord && !$0.isCapitalised ? $0.key : nil }
    let lowercaseAfter = after.flatMap { $0.isWord && !$0.isCapitalised ? $0.key : nil }
    if isTitled { return (.person, nil) }
    if CueWords.facilityLastWords.contains(last) { return (nil, nil) }  // "Francis Scott Key Bridge"
    if CueWords.eventLastWords.contains(last) { return (.event, nil) }
    if gazetteer.organizationWords.contains(last) || (run.count >= 3 && gazetteer.organizationWords.contains(first)) {
      return (.organization, nil)  // "Wedbush Securities", "University of Southmere"
    }
    if run.count >= 2, gazetteer.placeFirstWords.contains(first) || gazetteer.placeLastWords.contains(last) {
      return (.geopolitical, nil)
    }
    if let lowercaseAfter, gazetteer.placeAfterWords.contains(lowercaseAfter) { return (.geopolitical, nil) }
    if let lowercaseBefore, CueWords.organizationNouns.contains(lowercaseBefore) { return (.organization, nil) }
    if let lowercaseBefore, CueWords.placeNouns.contains(lowercaseBefore) { return (.geopolitical, nil) }
    if lowercaseBefore == CueWords.of, run.lowerBound >= sentence.lowerBound + 2,
      CueWords.placeNouns.contains(tokens[run.lowerBound - 2].key)
    {
      return (.geopolitical, nil)  // "the village of Ighil"
    }
    if run.count >= 2, gazetteer.firstNames.contains(first) { return (.person, nil) }
    let speaks = lowercaseAfter.map(CueWords.speech.contains) == true
    if run.count >= 2, speaks || lowercaseBefore.map(CueWords.speech.contains) == true { return (.person, nil) }
    if isDescribedAsPerson(after: run.upperBound, in: sentence) || hasAgeAfter(run.upperBound, in: sentence) {
      return (.person, nil)
    }
    if let lowercaseBefore, CueWords.placePrepositions.contains(lowercaseBefore), run.count <= 3,
      !tokens[run.lowerBound].isAllCaps
    {
      return (nil, .geopolitical)  // "officials in Annapolis said"
    }
    if speaks || hasRoleAfterPossessive(run.upperBound, in: sentence) {
      return (nil, gazetteer.firstNames.contains(first) ? .person : .organization)  // "Ryanair warned"
    }
    return (nil, nil)
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

  /// Whether an age follows the run: "Marisol Ibáñez, 34, a nurse".
  private func hasAgeAfter(_ end: Int, in sentence: Range<Int>) -> Bool {
    guard end + 1 < sentence.upperBound, firstScalar(end) == ",", tokens[end + 1].token.kind == .number,
      tokens[end + 1].token.span.length <= 3
    else { return false }
    return end + 2 == sentence.upperBound || [",", ".", "\u{201D}"].contains(firstScalar(end + 2))
  }

  /// Whether the run owns a role: "Boskalis’s chief executive".
  private func hasRoleAfterPossessive(_ end: Int, in sentence: Range<Int>) -> Bool {
    guard end + 1 < sentence.upperBound, tokens[end].key == CueWords.possessive else { return false }
    return gazetteer.personCues.contains(tokens[end + 1].key)
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
  /// The possessive ’s.
  static let possessive = key("’s")
  /// Name particles inside personal and place names: "Rio de Janeiro", "Abdel Fattah el-Sisi".
  static let particles = keys("de da del della di du des van von der den ter al el bin ibn la le y")
  /// Lowercase words a listed phrase may contain ("Bosnia and Herzegovina", "Cape of Good Hope").
  static let phraseInnerWords = particles.union(keys("of and the for in on ’s"))
  /// Words joining two names of one kind: "Taroudant and Chichaoua".
  static let coordination = keys("and or ,")
  /// Verbs of speech around a name: "said Dan Ives", "Ryanair warned".
  static let speech = keys("said says told added wrote explained warned stated asked noted according announced")
  /// Prepositions before a place: "in Amizmiz", "a nurse from Decatur".
  static let placePrepositions = keys("in near outside from")
  /// Nouns right before an organisation's name: "the Dutch company Boskalis".
  static let organizationNouns = keys(
    "company firm group airline carrier operator insurer broker subsidiary startup giant manufacturer maker developer supplier retailer network broadcaster newspaper agency")
  /// Nouns right before a place's name: "the village of Ighil", "the town Amizmiz".
  static let placeNouns = keys("village town city capital province provinces region resort port municipality district")
  /// Last words of buildings and structures, which are none of the recognised types.
  static let facilityLastWords = keys(
    "Bridge Tunnel Airport Station Street Road Avenue Square Stadium Hospital Dam Highway Building Tower Palace Mosque Church Cathedral Temple Prison Park Hotel Mall Terminal")
  /// Nouns after a weapon designation: "Su-34 jets".
  static let weaponNouns = keys(
    "missile missiles rocket rockets jet jets fighter fighters bomber bombers tank tanks drone drones launcher launchers helicopter helicopters howitzer howitzers aircraft system systems interceptor interceptors warplane warplanes")
  /// Last words of named events: "Paris Olympics", "Munich Security Conference".
  static let eventLastWords = keys("Summit Olympics Games Festival Championship Championships Conference Forum")
  /// Parentheses around an acronym.
  static let openParenthesis = key("(")
  static let closeParenthesis = key(")")

  private static func keys(_ words: String) -> KeySet {
    KeySet(words.split(separator: " ").map { key(String($0)) })
  }

  /// The token key of one word.
  static func key(_ word: String) -> UInt64 {
    let scalars = Array(word.unicodeScalars)
    return NameKey.token(scalars, 0..<scalars.count)
  }
}
