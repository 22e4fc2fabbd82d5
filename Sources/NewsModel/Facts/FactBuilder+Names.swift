/// Reading the words around a figure: owners, agents, measured nouns, places and thresholds.
extension FactBuilder {
  /// The lowercased word after token `i`.
  func word(after i: Int) -> String? { scanner.word(i + 1) }

  /// The capitalised name right before a dimension word ("Microsoft’s shares" → "Microsoft"), or nil.
  func owner(before i: Int) -> String? {
    var j = i - 1
    if scanner.word(j) == "own" { j -= 1 }
    if scanner.word(j) == "’s" || scanner.word(j) == "'s" { j -= 1 }
    guard let w = scanner.word(j), scanner.isCapitalized(j), !FactContext.stopWords.contains(w),
      FactContext.dimensions[w] == nil
    else { return nil }
    return article.string(in: scanner.tokens[j].span)
  }

  /// The capitalised name that does what a role verb says ("Spain has sent", "North Korea sending"), or nil.
  func agent(before i: Int) -> String? {
    var j = i - 1
    while let w = scanner.word(j), ["has", "have", "had", "also", "already", "was", "were", "is", "are"].contains(w) { j -= 1 }
    guard j < i - 1 || scanner.word(j) != nil, let w = scanner.word(j), scanner.isCapitalized(j),
      !FactContext.stopWords.contains(w), !FactContext.isDemonym(w)
    else { return nil }
    var start = j
    while let w = scanner.word(start - 1), scanner.isCapitalized(start - 1), !FactContext.stopWords.contains(w) { start -= 1 }
    return article.string(in: scanner.span(start, j))
  }

  /// Where a moved count comes from: its sender, else the nationality its noun names, as a country where
  /// one is known ("North Korean troops" → "North Korea").
  func origin(agent: String?, noun: String?) -> String? {
    if let agent { return EntityLinker.country(forDemonym: agent) ?? agent }
    guard let noun else { return nil }
    let capitalized = Array(noun.split(separator: " ").prefix { $0.first?.isUppercase == true })
    for start in capitalized.indices {
      if let country = EntityLinker.country(forDemonym: capitalized[start...].joined(separator: " ")) { return country }
    }
    return nil
  }

  /// The plain noun right before a measure and its hedge ("channel" in "a channel about 200 metres wide"), or nil.
  func measuredNoun(before figure: Figure) -> String? {
    var i = figure.tokenStart - 1
    if let qualifier = figure.qualifierSpan {
      while i >= 0, scanner.tokens[i].span.start >= qualifier.start { i -= 1 }
    }
    guard let w = scanner.word(i), !scanner.isCapitalized(i), !FactContext.stopWords.contains(w),
      FactContext.dimensions[w] == nil, FactContext.roles[w] == nil, !w.hasSuffix("ed"), !w.hasSuffix("ing"),
      !w.hasSuffix("ly")
    else { return nil }
    return FactContext.normalizedHead(w)
  }

  /// The head of the plain noun phrase right after a measure ("ship" in "a 400-metre container ship",
  /// "vessel" in "the 193-foot-wide vessel"), or nil.
  func measuredNoun(after figure: Figure) -> String? {
    var j = figure.tokenEnd
    if scanner.isJoiningHyphen(j), let w = scanner.word(j + 1), FactContext.dimensions[w] != nil { j += 2 }
    var head: String?
    while let w = scanner.word(j), !scanner.isCapitalized(j), !FactContext.stopWords.contains(w),
      FactContext.roles[w] == nil, FactContext.dimensions[w] == nil, !w.hasSuffix("ed"), !w.hasSuffix("ing"), !w.hasSuffix("ly")
    {
      head = w
      j += 1
    }
    return head.map(FactContext.normalizedHead)
  }

  /// Whether a bare number names a shock's magnitude: below 10 and written right before the shock ("a 6.8 earthquake").
  func isBareMagnitude(_ figure: Figure) -> Bool {
    guard figure.unit == .count, let value = figure.value, value < 10, let next = scanner.word(figure.tokenEnd) else {
      return false
    }
    return FactContext.shocks.contains(next)
  }

  /// Whether the figure is a threshold ("magnitude 6 or more") rather than a value.
  func isThreshold(_ figure: Figure) -> Bool {
    guard scanner.word(figure.tokenEnd) == "or", let next = scanner.word(figure.tokenEnd + 1) else { return false }
    return ["more", "greater", "higher", "above", "larger", "less", "fewer", "below"].contains(next)
  }

  /// The places a figure is about: those named in its clause, sorted; for a toll, the one place written
  /// nearest it in its sentence ("1,293 were in Al-Haouz province, … the rest in Taroudant" → Al-Haouz).
  /// A dateline in capitals ("RABAT, Sept 9 —") says where the report was filed, not where it happened.
  /// Other figures also take the place of an opening "In the United States, …" and a wide scope ("worldwide").
  func places(around figure: Figure, first: Int, last: Int, sentence: (Int, Int), isHarm: Bool) -> [String] {
    var found: [(place: String, start: Int)] = []
    let reach = FactContext.tollPlaceReach  // a toll's place is near it, however long the sentence
    collectPlaces(
      from: isHarm ? max(sentence.0, figure.tokenStart - reach) : first,
      to: isHarm ? min(sentence.1, figure.tokenEnd + reach) : last, into: &found)
    guard isHarm else {
      if let opening = openingPlaceClause(sentence: sentence, before: first) {
        collectPlaces(from: opening.0, to: opening.1, into: &found)
      }
      var places = Set(found.map(\.place))
      for i in first...last { if let w = scanner.word(i), let wide = FactContext.wideScopes[w] { places.insert(wide) } }
      return places.sorted()
    }
    func distance(_ start: Int) -> Int {
      start < figure.span.start ? figure.span.start - start : start - figure.span.end
    }
    return found.min { distance($0.start) < distance($1.start) }.map { [$0.place] } ?? []
  }

  /// Adds the places named between tokens `from` and `to`, with where they start.
  func collectPlaces(from: Int, to: Int, into found: inout [(place: String, start: Int)]) {
    for i in from...to where i > from && scanner.isCapitalized(i) && !scanner.isJoiningHyphen(i - 1) && !isInsideName(i) {
      if let place = place(at: i), !isDateline(place) { found.append((place, scanner.tokens[i].span.start)) }
    }
    let scope = scanner.span(from, to)
    var k = firstName(from: scope.start)  // names in text order: only those inside the scope
    while k < names.count, names[k].0.start < scope.end {
      if names[k].1 == .geopolitical, scope.contains(names[k].0), !isDateline(names[k].2) {
        found.append((names[k].2, names[k].0.start))
      }
      k += 1
    }
  }

  /// The sentence's opening clause when a preposition opens it and it ends before token `limit`
  /// ("In the United States, more than 3,000 flights were cancelled").
  func openingPlaceClause(sentence: (Int, Int), before limit: Int) -> (Int, Int)? {
    guard let w = scanner.word(sentence.0), FactContext.placePrepositions.contains(w) else { return nil }
    var end = sentence.0
    while end + 1 < limit, !isClauseBreak(end + 1) { end += 1 }
    return end + 1 < limit ? (sentence.0, end) : nil
  }

  /// Whether a place is written in capitals, as datelines are ("RABAT", "LONDON/SYDNEY"); short acronyms ("UK") are not.
  func isDateline(_ place: String) -> Bool {
    let letters = place.unicodeScalars.filter(\.isLetterLike)
    return letters.count > 3 && letters.allSatisfy(\.isUppercaseLetter)
  }

  /// Whether token `i` lies inside a name that is not a place ("Geophysics" in "National Institute of Geophysics").
  func isInsideName(_ i: Int) -> Bool {
    let span = scanner.tokens[i].span
    var low = nameCursor  // names never overlap: only the last one starting at or before the token can hold it
    var high = names.count
    while low < high {
      let mid = (low + high) / 2
      if names[mid].0.start <= span.start { low = mid + 1 } else { high = mid }
    }
    guard low > nameCursor else { return false }
    return names[low - 1].1 != .geopolitical && names[low - 1].0.contains(span)
  }

  /// The place a capitalised word at `i` names, when a preposition or a place noun marks it as one.
  func place(at i: Int) -> String? {
    guard let w = scanner.word(i), !FigureScanner.weekdays.contains(w), FigureScanner.months[w] == nil else { return nil }
    var last = i
    while true {  // "Al-Haouz", "Port Said"
      if scanner.isJoiningHyphen(last + 1), scanner.isCapitalized(last + 2) {
        last += 2
      } else if scanner.isCapitalized(last + 1), scanner.word(last + 1) != nil {
        last += 1
      } else {
        break
      }
    }
    if last == i, scanner.word(i + 1) != nil, !scanner.isCapitalized(i + 1), FactContext.isDemonym(w) { return nil }
    let before = scanner.word(i - 1)
    let afterPreposition = before.map { FactContext.placePrepositions.contains($0) } ?? false
    let marked = afterPreposition
      || (before == "the" && scanner.word(i - 2).map { FactContext.placePrepositions.contains($0) } == true)
      || scanner.word(last + 1).map { FactContext.placeNouns.contains($0) } == true
    guard marked, afterPreposition || !scanner.isCapitalized(i - 1) || before == nil else { return nil }
    return article.string(in: scanner.span(i, last)).replacingOccurrences(of: "-", with: " ")
  }
}
