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

  /// Whether the figure is a threshold ("magnitude 6 or more") rather than a value.
  func isThreshold(_ figure: Figure) -> Bool {
    guard scanner.word(figure.tokenEnd) == "or", let next = scanner.word(figure.tokenEnd + 1) else { return false }
    return ["more", "greater", "higher", "above", "larger", "less", "fewer", "below"].contains(next)
  }

  /// The place a capitalised word at `i` names, when a preposition or a place noun marks it as one.
  func place(at i: Int) -> String? {
    guard let w = scanner.word(i), !FigureScanner.weekdays.contains(w), FigureScanner.months[w] == nil else { return nil }
    var last = i
    while scanner.isCapitalized(last + 1), scanner.word(last + 1) != nil || scanner.isJoiningHyphen(last + 1) {
      last += scanner.isJoiningHyphen(last + 1) ? 2 : 1
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
