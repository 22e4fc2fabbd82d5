/// Reads who a quote belongs to from the words around it.
struct SpeakerReader {
  let article: Article
  /// Person and organisation mentions, in text order.
  let names: [Mention]
  /// The last named speaker and the start of its block, for quotes attributed to "he" or "she" in that block.
  var lastSpeaker: (name: String, key: String, block: Int)?

  init(article: Article, mentions: [Mention]) {
    self.article = article
    self.names = mentions.filter { $0.type == .person || $0.type == .organization }
  }

  /// The speaker of a quote as written and as a linking key, or (nil, nil).
  ///
  /// A pronoun speaker goes to the last speaker named in the block, else to the last full name
  /// ("George Kurtz", "Mr Rabei") written since `context` (the start of the previous paragraph).
  mutating func speaker(of quote: TextSpan, block: TextSpan, context: Int) -> (String?, String?) {
    let afterStart = min(quote.end + 1, block.end)
    let beforeEnd = max(quote.start - 1, block.start)
    let after = Tokenizer.tokens(in: article.text, span: TextSpan(start: afterStart, end: min(block.end, afterStart + 100)))
    let before = Tokenizer.tokens(in: article.text, span: TextSpan(start: max(block.start, beforeEnd - 160), end: beforeEnd))
    let found = afterQuote(Array(after.prefix(10))) ?? beforeQuote(Array(before.suffix(20)))
      ?? sentenceSubject(of: quote, before: Array(before.suffix(8)))
    guard let found else { return (nil, nil) }
    if found.isPronoun {
      if let person = names.last(where: { $0.type == .person && $0.span.end <= quote.start }), let id = person.entityID {
        return (article.string(in: person.span), id)
      }
      if let last = lastSpeaker, last.block == block.start { return (last.name, last.key) }
      guard let named = lastNamedPerson(in: TextSpan(start: context, end: quote.start)) else { return (nil, nil) }
      return (named.name, named.key)
    }
    lastSpeaker = (found.name, found.key, block.start)
    return (found.name, found.key)
  }

  /// Capitalised words that open a sentence or a title, not a name.
  static let leadingWords: Set<String> = [
    "on", "in", "at", "the", "but", "and", "then", "president", "prime", "minister", "chief", "executive",
    "secretary", "general", "dr", "mr", "mrs", "ms", "king", "queen", "sir", "chairman", "director", "spokesman",
    "spokeswoman", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// A surname without vowels, so that transliterations meet ("Elsharkawi" and "Elsharkawy", "Rabie" and "Rabei").
  static func skeleton(_ word: String) -> String {
    let consonants = String(word.unicodeScalars.filter { !"aeiouyáàâäéèêëíìîïóòôöúùûüý".unicodeScalars.contains($0) })
    return consonants.count >= 2 ? consonants : word
  }

  struct Found {
    var name: String
    var key: String
    var isPronoun: Bool
  }

  func lower(_ token: Token) -> String { article.string(in: token.span).lowercased() }

  /// “…,” X said / “…,” said X / “…,” he said / “…,” according to X.
  func afterQuote(_ tokens: [Token]) -> Found? {
    var i = 0
    while i < tokens.count, tokens[i].kind == .punctuation { i += 1 }
    guard i < tokens.count else { return nil }
    if lower(tokens[i]) == "according", i + 1 < tokens.count, lower(tokens[i + 1]) == "to" {
      return name(in: tokens, from: i + 2)?.found
    }
    if QuoteExtractor.speechVerbs.contains(lower(tokens[i])) { return name(in: tokens, from: i + 1)?.found }
    guard let found = name(in: tokens, from: i) else { return nil }
    var verbIndex = i + found.length
    if verbIndex < tokens.count, isComma(tokens[verbIndex]),  // “…,” Peter Berdowski, the chief executive, said
      let verb = tokens.indices.first(where: {
        $0 > verbIndex + 1 && isComma(tokens[$0 - 1]) && QuoteExtractor.speechVerbs.contains(lower(tokens[$0]))
      })
    {
      verbIndex = verb
    }
    guard verbIndex < tokens.count, QuoteExtractor.speechVerbs.contains(lower(tokens[verbIndex])) else { return nil }
    return found.found
  }

  /// The index of the first name starting at or after an offset (names are in text order).
  func firstName(from offset: Int) -> Int {
    var low = 0
    var high = names.count
    while low < high {
      let mid = (low + high) / 2
      if names[mid].span.start < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Whether a token is a comma.
  func isComma(_ token: Token) -> Bool { token.kind == .punctuation && article.text.scalars[token.span.start] == "," }

  /// The subject of a quote's sentence when a speech verb comes shortly before the quote but not right
  /// after a name ("Zelensky has welcomed the move, describing the missiles as “…”"): a pronoun opening
  /// the sentence, else the sentence's first person, else its first organisation.
  func sentenceSubject(of quote: TextSpan, before tokens: [Token]) -> Found? {
    guard tokens.contains(where: { QuoteExtractor.speechVerbs.contains(lower($0)) }),
      let sentence = article.sentenceIndex(containing: quote.start)
    else { return nil }
    let start = article.sentences[sentence].span.start
    let opening = Tokenizer.tokens(in: article.text, span: TextSpan(start: start, end: min(quote.start, start + 16)))
      .first { $0.kind == .word }
    if let opening, ["he", "she", "they"].contains(lower(opening)) {
      return Found(name: lower(opening), key: lower(opening), isPronoun: true)
    }
    var named: [Mention] = []
    var k = firstName(from: start)
    while k < names.count, names[k].span.end <= quote.start {
      if names[k].entityID != nil { named.append(names[k]) }
      k += 1
    }
    guard let subject = named.first(where: { $0.type == .person }) ?? named.first, let key = subject.entityID else {
      return nil
    }
    return Found(name: article.string(in: subject.span), key: key, isPronoun: false)
  }

  /// X said: “…” / X, the minister, wrote on X: “…”: the nearest speech verb before the quote and the name before it.
  func beforeQuote(_ tokens: [Token]) -> Found? {
    guard let verb = tokens.indices.last(where: { QuoteExtractor.speechVerbs.contains(lower(tokens[$0])) }) else {
      return nil
    }
    var end = verb
    if end > 0, tokens[end - 1].kind == .punctuation, article.text.scalars[tokens[end - 1].span.start] == "," { end -= 1 }
    guard end > 0 else { return nil }
    if ["he", "she", "they"].contains(lower(tokens[end - 1])) { return name(in: tokens, from: end - 1)?.found }
    var start = end
    while start > 0, tokens[start - 1].kind == .word, article.text.scalars[tokens[start - 1].span.start].isUppercaseLetter {
      start -= 1
    }
    return start < end ? name(in: Array(tokens[start..<end]), from: 0)?.found : nil
  }

  /// The last run of two or more capitalised words (or a title and a name) in a span.
  func lastNamedPerson(in span: TextSpan) -> Found? {
    let tokens = Tokenizer.tokens(in: article.text, span: span)
    var best: Found?
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, article.text.scalars[tokens[i].span.start].isUppercaseLetter else {
        i += 1
        continue
      }
      var end = i
      while end < tokens.count, tokens[end].kind == .word, article.text.scalars[tokens[end].span.start].isUppercaseLetter {
        end += 1
      }
      if end - i >= 2, let found = name(in: Array(tokens[i..<end]), from: 0)?.found, found.name.contains(" ")
        || SpeakerReader.leadingWords.contains(lower(tokens[i]))
      {
        best = found
      }
      i = end
    }
    return best
  }

  /// A pronoun, a run of capitalised words, or "the" + a role noun at `from`.
  func name(in tokens: [Token], from start: Int) -> (found: Found, length: Int)? {
    guard start < tokens.count else { return nil }
    let first = lower(tokens[start])
    if ["he", "she", "they"].contains(first) { return (Found(name: first, key: first, isPronoun: true), 1) }
    if first == "the", start + 1 < tokens.count, tokens[start + 1].kind == .word,
      !article.text.scalars[tokens[start + 1].span.start].isUppercaseLetter
    {
      let role = lower(tokens[start + 1])
      return (Found(name: "the " + role, key: role, isPronoun: false), 2)
    }
    var end = start
    while end < tokens.count, tokens[end].kind == .word, article.text.scalars[tokens[end].span.start].isUppercaseLetter,
      !QuoteExtractor.speechVerbs.contains(lower(tokens[end]))
    {
      end += 1
    }
    var nameStart = start
    while nameStart < end - 1, SpeakerReader.leadingWords.contains(lower(tokens[nameStart])) { nameStart += 1 }
    guard end > nameStart else { return nil }
    let span = TextSpan(start: tokens[nameStart].span.start, end: tokens[end - 1].span.end)
    if let mention = names.first(where: { $0.span.overlaps(span) }), let entity = mention.entityID {
      return (Found(name: article.string(in: mention.span), key: entity, isPronoun: false), end - start)
    }
    let key = SpeakerReader.skeleton(lower(tokens[end - 1]))
    return (Found(name: article.string(in: span), key: key, isPronoun: false), end - start)
  }
}
