/// Builds a `Fact` for every figure of an article, from the figure's clause and sentence.
public enum FactExtractor {
  /// The facts of one article; only figures that are among `mentions` (as merged) are kept.
  public static func facts(in article: Article, index: Int, mentions: [Mention]) -> [Fact] {
    var figureSpans = Set<TextSpan>()
    var sentences: [Int] = []
    var names: [(TextSpan, EntityType, String)] = []
    for mention in mentions {
      if mention.type.isName {
        names.append((mention.span, mention.type, article.string(in: mention.span)))
      } else if let sentence = article.sentenceIndex(containing: mention.span.start) {
        figureSpans.insert(mention.span)
        if sentences.last != sentence { sentences.append(sentence) }
      }
    }
    var facts: [Fact] = []
    var builder = FactBuilder(article: article, index: index, names: names)
    for sentence in sentences {
      let tokens = Tokenizer.tokens(in: article.text, span: article.sentences[sentence].span)
      let scanner = FigureScanner(text: article.text, tokens: tokens, cachingWords: true)
      for figure in FigureRecognizer.figures(in: article.text, tokens: tokens) where figureSpans.contains(figure.span) {
        if let fact = builder.fact(for: figure, sentence: article.sentences[sentence].span, scanner: scanner) {
          facts.append(fact)
        }
      }
    }
    return facts
  }
}

/// Reads the context of each figure of one article.
struct FactBuilder {
  let article: Article
  let index: Int
  /// The tokens of the sentence being read.
  var scanner: FigureScanner
  /// Name mentions in text order, with their type and text.
  let names: [(TextSpan, EntityType, String)]
  /// The next name to look at (figures come in text order).
  var nameCursor = 0
  /// The sentence whose names were last listed, and those names.
  var listedNames: (sentence: TextSpan, names: [String])?

  init(article: Article, index: Int, names: [(TextSpan, EntityType, String)]) {
    self.article = article
    self.index = index
    self.scanner = FigureScanner(text: article.text, tokens: [])
    self.names = names
  }

  /// The fact of one figure of a sentence read by `scanner`, or nil for a threshold ("6 or more").
  mutating func fact(for figure: Figure, sentence: TextSpan, scanner: FigureScanner) -> Fact? {
    self.scanner = scanner
    guard !isThreshold(figure) else { return nil }
    var figure = figure
    if isBareMagnitude(figure) { figure.unit = .magnitude }
    let (first, last) = clauseTokens(around: figure, in: sentence)
    let clause = scanner.span(first, last)
    var fact = Fact(
      articleIndex: index, articleID: article.id, figure: figure, sentence: sentence, clause: clause,
      low: nil, high: nil, nominal: nil, noun: nil, head: nil, role: nil, dimension: nil, owner: nil, agent: nil, origin: nil, scope: nil,
      places: [], days: [],
      names: sentenceNames(in: sentence), rate: nil, modality: .report)
    if let value = figure.value, figure.unit.unitClass == .time, let offsets = figure.utcOffsets {
      let interval = Fact.timeInterval(minutes: value, bound: figure.bound)
      fact.low = interval.lowerBound - Double(offsets.upperBound)
      fact.high = interval.upperBound - Double(offsets.lowerBound)
      fact.nominal = value - Double(offsets.lowerBound)
    } else if let value = figure.value, figure.unit.unitClass != .time, figure.unit.unitClass != .date {
      let interval = Fact.interval(value: value, upper: figure.upper, bound: figure.bound)
      fact.low = interval.lowerBound * figure.unit.factor
      fact.high = interval.upperBound * figure.unit.factor
      fact.nominal = value * figure.unit.factor
    }
    readNoun(after: figure, limit: last, into: &fact)
    readRate(after: figure, limit: last, into: &fact)
    readContext(first: first, last: last, figure: figure, into: &fact)
    return fact
  }

  /// The first and last token of the sentence around a figure.
  ///
  /// The scanner holds the sentence's tokens; a very long sentence is read `FactContext.reach` tokens
  /// either side of the figure, so that each figure costs the same however long its sentence.
  func sentenceTokens(around figure: Figure, sentence: TextSpan) -> (Int, Int) {
    let last = max(figure.tokenEnd - 1, figure.tokenStart)
    return (max(0, figure.tokenStart - FactContext.reach), min(scanner.tokens.count - 1, last + FactContext.reach))
  }

  /// The first and last token of the clause around a figure (at most `FactContext.reach` tokens either side).
  func clauseTokens(around figure: Figure, in sentence: TextSpan) -> (Int, Int) {
    let (low, high) = sentenceTokens(around: figure, sentence: sentence)
    var first = figure.tokenStart
    while first > low, !isClauseBreak(first - 1) { first -= 1 }
    var last = max(figure.tokenEnd - 1, figure.tokenStart)
    while last < high, !isClauseBreak(last + 1) { last += 1 }
    return (first, last)
  }

  /// Whether token `i` ends a clause.
  func isClauseBreak(_ i: Int) -> Bool {
    let token = scanner.tokens[i]
    guard token.kind == .punctuation else { return false }
    let c = scanner.text.scalars[token.span.start]
    if c == ":", !token.followsSpace, i + 1 < scanner.tokens.count, !scanner.tokens[i + 1].followsSpace { return false }
    return c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "—" || c == "–" || c == "“" || c == "”"
      || c == "\""
  }

  /// Reads the counted noun after a count ("10,000 North Korean troops" → "North Korean troops").
  func readNoun(after figure: Figure, limit: Int, into fact: inout Fact) {
    let unitClass = figure.unit.unitClass
    guard unitClass == .count || unitClass == .percent || unitClass == .duration else { return }
    var j = figure.tokenEnd
    if scanner.word(j) == "of" {
      j += 1
      while let w = scanner.word(j), ["the", "all", "its", "their"].contains(w) { j += 1 }
    }
    var words: [Int] = []
    while j <= limit, words.count < 4 {
      if scanner.isJoiningHyphen(j), !words.isEmpty {
        j += 1
        continue
      }
      guard let w = scanner.word(j), !FactContext.stopWords.contains(w), FactContext.roles[w] == nil || words.isEmpty
      else { break }
      if FactContext.roles[w] != nil { break }
      let nextIsNoun = scanner.word(j + 1).map { !FactContext.stopWords.contains($0) && FactContext.roles[$0] == nil } ?? false
      let isVerbForm = (w.hasSuffix("ing") || w.hasSuffix("ed")) && !scanner.isCapitalized(j) && !nextIsNoun
      if w.hasSuffix("ly") || (isVerbForm && !scanner.isJoiningHyphen(j - 1)), !words.isEmpty { break }
      words.append(j)
      j += 1
    }
    guard let firstWord = words.first, let lastWord = words.last else { return }
    fact.noun = article.string(in: scanner.span(firstWord, lastWord))
    let head = FactContext.normalizedHead(article.string(in: scanner.tokens[lastWord].span))
    fact.head = FactContext.genericHeads.contains(head) ? nil : head
  }

  /// Turns a sum per hour, day or year ("$9.6 billion a day", "$400 million worth of goods an hour") into a sum per day.
  func readRate(after figure: Figure, limit: Int, into fact: inout Fact) {
    guard figure.unit.unitClass == .money, let low = fact.low, let high = fact.high, let nominal = fact.nominal else { return }
    var period: FigureUnit?
    var j = figure.tokenEnd
    while j < min(limit, figure.tokenEnd + 8), period == nil {
      if let w = scanner.word(j), ["a", "an", "per", "each", "every"].contains(w) {
        period = scanner.word(j + 1).flatMap { UnitLexicon.durations[$0] }
      }
      j += 1
    }
    guard let period else { return }
    let perDay = 24 / period.factor
    fact.low = low * perDay
    fact.high = high * perDay
    fact.nominal = nominal * perDay
    fact.rate = "per " + String(period.name.dropLast())
  }

  /// Reads the role, dimension, places, days and modality from the clause.
  func readContext(first: Int, last: Int, figure: Figure, into fact: inout Fact) {
    var roleDistance = Int.max
    var dimensionDistance = Int.max
    var isCritical = false
    var days: Set<String> = []
    // A role word beyond another number belongs to that number ("killed 2,012 and injured 2,059"); between
    // two numbers, a tie goes to the word after the figure ("2,012 died and 2,059 were injured").
    let roleStart = (first..<figure.tokenStart).last { scanner.isNumber($0) }.map { $0 + 1 } ?? first
    let roleEnd = (figure.tokenEnd..<max(figure.tokenEnd, last + 1)).first { scanner.isNumber($0) }.map { $0 - 1 } ?? last
    for i in first...last where i < figure.tokenStart || i >= figure.tokenEnd {
      guard let w = scanner.word(i) else { continue }
      let distance = i < figure.tokenStart ? figure.tokenStart - i : i - figure.tokenEnd + 1
      if let role = FactContext.roles[w], distance < roleDistance || (distance == roleDistance && i > figure.tokenStart),
        i >= roleStart, i <= roleEnd
      {
        fact.role = role
        roleDistance = distance
      }
      if FactContext.critical.contains(w) { isCritical = true }
      if let dimension = FactContext.dimensions[w], distance < dimensionDistance,
        !FactContext.lengthOnly.contains(w) || figure.unit.unitClass == .length,
        FactContext.dimensionClasses[dimension].map({ $0 == figure.unit.unitClass }) ?? true
      {
        fact.dimension = dimension
        dimensionDistance = distance
        fact.owner = owner(before: i)
      }
      if FactContext.projections.contains(w), i < figure.tokenStart { fact.modality = .projection }
      if FigureScanner.weekdays.contains(w) { days.insert(w) }
    }
    if fact.role == nil, first >= 2, scanner.isPunctuation(first - 1, ","), let w = scanner.word(first - 2),
      let role = FactContext.roles[w], scanner.tokens[first - 2].span.start >= fact.sentence.start
    {
      fact.role = role  // "Of the dead, 1,293 were in Al-Haouz"
    }
    if fact.owner == nil, let dimension = fact.dimension ?? FactContext.adjectiveMeasures[fact.unitClass] {
      if let noun = measuredNoun(after: figure) {
        (fact.dimension, fact.owner) = (dimension, noun)  // "a 400-metre container ship", "the 193-foot-wide vessel"
      } else if scanner.isJoiningHyphen(figure.tokenStart + 1), scanner.isCapitalized(figure.tokenEnd) {
        fact.dimension = dimension  // "the 400-metre Ever Given"
      }
    }
    if fact.owner == nil, fact.unitClass == .length, let after = scanner.word(figure.tokenEnd),
      FactContext.adjectiveDimensions.contains(after)
    {
      fact.owner = measuredNoun(before: figure)
    }
    if isCritical, fact.role == "injured" || (fact.role == nil && fact.unitClass == .count) {
      fact.role = "critically injured"
    }
    let sentenceScope = sentenceTokens(around: figure, sentence: fact.sentence)
    for i in sentenceScope.0...sentenceScope.1 {
      if i >= first, i <= last, let w = scanner.word(i), let scope = FactContext.scopes[w], fact.scope == nil,
        word(after: i) != "than"
      {
        fact.scope = scope  // in the clause only: "further south in Taroudant" scopes nothing
      }
      if fact.agent == nil, !fact.isHarm, let w = scanner.word(i), FactContext.roles[w] != nil {
        fact.agent = agent(before: i)
      }
    }
    if fact.isMovement { fact.origin = origin(agent: fact.agent, noun: fact.noun) }
    fact.places = places(around: figure, first: first, last: last, sentence: sentenceScope, isHarm: fact.isHarm)
    fact.days = days.sorted()
  }

  /// The index of the first name that starts at or after an offset, by binary search.
  func firstName(from offset: Int) -> Int {
    var low = 0
    var high = names.count
    while low < high {
      let mid = (low + high) / 2
      if names[mid].0.start < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The distinct names mentioned in a sentence.
  mutating func sentenceNames(in sentence: TextSpan) -> [String] {
    if let listed = listedNames, listed.sentence == sentence { return listed.names }
    while nameCursor < names.count, names[nameCursor].0.end <= sentence.start { nameCursor += 1 }
    var result: [String] = []
    var seen: Set<String> = []
    var k = nameCursor
    while k < names.count, names[k].0.start < sentence.end {
      if seen.insert(names[k].2).inserted { result.append(names[k].2) }
      k += 1
    }
    listedNames = (sentence, result)
    return result
  }
}
