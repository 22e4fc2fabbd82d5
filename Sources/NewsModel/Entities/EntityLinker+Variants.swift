/// Joining spellings that a list names as one thing, that fold alike, acronyms and near-spellings.
extension EntityLinker {
  /// Joins spellings of one gazetteer entry, nationality words of one country ("Russian",
  /// "Russians", "Russo") and spellings equal after folding.
  static func joinListedAndFolded(_ spellings: [Spelling], _ groups: inout UnionFind) {
    let gazetteer = Gazetteer.shared
    var byCountry: [String: Int] = [:]
    var byEntry: [Int: Int] = [:]
    var byFolded: [String: Int] = [:]
    for (index, spelling) in spellings.enumerated() {
      if let entry = spelling.listedEntry {
        if let other = byEntry[entry] { groups.union(other, index) } else { byEntry[entry] = index }
        if let country = gazetteer.entries[entry].country {
          if let other = byCountry[country] { groups.union(other, index) } else { byCountry[country] = index }
        }
      }
      let key = spelling.type.rawValue + "\u{0}" + spelling.folded
      if let other = byFolded[key], !conflict(spellings[other], spelling) {
        groups.union(other, index)
      } else if byFolded[key] == nil {
        byFolded[key] = index
      }
    }
  }

  /// Joins acronyms to their long forms: those defined in the text ("U.S. Geological Survey (USGS)",
  /// checked Schwartz–Hearst style), else the one long form of its type whose word initials spell it.
  static func joinAcronyms(_ spellings: [Spelling], definitions: [(long: Int, short: Int)], _ groups: inout UnionFind) {
    for (long, short) in definitions where spellings[long].type == spellings[short].type && spellings[short].isAcronym {
      if NameScanner.abbreviates(
        shortForm: Array(spellings[short].text.unicodeScalars), longForm: Array(spellings[long].text.unicodeScalars))
      {
        groups.union(long, short)
      }
    }
    for (index, short) in spellings.enumerated() where short.isAcronym && short.listedEntry == nil {
      let letters = short.folded.hasSuffix("s") && short.text.last == "s" ? String(short.folded.dropLast()) : short.folded
      var roots: Set<Int> = []
      var match: Int?
      for (other, long) in spellings.enumerated()
      where long.type == short.type && long.words.count >= 2 && initials(long.words) == letters {
        roots.insert(groups.find(other))
        match = other
      }
      if roots.count == 1, let match { groups.union(index, match) }
    }
  }

  /// Joins spellings one edit apart: long single words ("Zelensky"/"Zelenskyy") and names whose
  /// other words agree ("Osama Rabie"/"Osama Rabei"); a name with an initial joins the same name without.
  static func joinVariants(_ spellings: [Spelling], _ groups: inout UnionFind) {
    var byType: [EntityType: [Int]] = [:]
    for (index, spelling) in spellings.enumerated() { byType[spelling.type, default: []].append(index) }
    for indices in byType.values {
      for (position, a) in indices.enumerated() {
        for b in indices[(position + 1)...] where groups.find(a) != groups.find(b) {
          if isVariant(spellings[a], spellings[b]) { groups.union(a, b) }
        }
      }
    }
  }

  /// The first letters of a name's words, small joining words left out.
  static func initials(_ words: [String]) -> String {
    String(words.filter { !["of", "and", "the", "for", "de"].contains($0) }.compactMap(\.first))
  }

  static func isVariant(_ a: Spelling, _ b: Spelling) -> Bool {
    if conflict(a, b) { return false }
    if a.type == .person, a.words.count >= 2, b.words.count >= 2 {
      let fullA = a.words.filter { $0.count > 1 }
      let fullB = b.words.filter { $0.count > 1 }
      if fullA.count >= 2, fullA == fullB { return true }  // "Donald J. Trump" / "Donald Trump"
    }
    guard a.words.count == b.words.count, let firstA = a.words.first, let firstB = b.words.first else { return false }
    if a.words.count == 1 {
      return firstA.count >= 7 && firstB.count >= 7 && firstA.first == firstB.first
        && editDistance(Array(firstA.unicodeScalars), Array(firstB.unicodeScalars), limit: 1) <= 1
    }
    guard firstA == firstB else { return false }
    var differing = 0
    for (wordA, wordB) in zip(a.words, b.words) where wordA != wordB {
      differing += 1
      let shortest = min(wordA.count, wordB.count)
      let longEnough = shortest >= 5 || (shortest >= 4 && a.words.count >= 3) || (wordA.count == 2 && wordB.count == 2)
      guard differing == 1, longEnough, wordA.first == wordB.first || wordA.count == 2,
        editDistance(Array(wordA.unicodeScalars), Array(wordB.unicodeScalars), limit: 1) <= 1
      else { return false }
    }
    return true
  }

  /// Whether two spellings are different listed things ("Niger" and "Nigeria").
  static func conflict(_ a: Spelling, _ b: Spelling) -> Bool {
    guard let entryA = a.listedEntry, let entryB = b.listedEntry else { return false }
    return entryA != entryB
  }

  /// The optimal-string-alignment distance (transpositions count one), or `limit + 1` when above it.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
