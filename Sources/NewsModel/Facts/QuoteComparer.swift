/// Compares one speaker's quotes across articles.
enum QuoteComparer {
  /// How two quotes of one speaker relate.
  enum Relation: Equatable {
    /// The same words (one may be a part of the other).
    case same
    /// The same statement in other words (a second translation or transcription).
    case differentWords
    /// Unrelated statements.
    case different
  }

  /// Words too common to tell two statements apart.
  static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "is", "are", "was", "were", "be", "been",
    "it", "this", "that", "we", "i", "you", "he", "she", "they", "our", "my", "with", "by", "as", "not", "have",
    "has", "had", "will", "would", "could", "there", "what", "if", "but", "so", "us", "all",
  ]

  /// The lowercased words of a text, apostrophes and quotes folded ("we’re" → "we're").
  static func words(_ text: String) -> [String] {
    text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
      .split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
  }

  /// A rough stem: a plural "s" dropped, then the first five letters ("winds" meets "wind", "speaking" meets "speak").
  static func stem(_ word: String) -> String {
    let singular = word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? word.dropLast() : Substring(word)
    return String(singular.prefix(5))
  }

  /// A quote's words prepared once for comparison.
  struct Words {
    /// The words joined by single spaces, with a space at both ends.
    var joined: String
    /// The stems of the words that carry meaning.
    var stems: Set<String>

    init(_ text: String) {
      let all = QuoteComparer.words(text)
      joined = " " + all.joined(separator: " ") + " "
      stems = Set(all.filter { !QuoteComparer.stopWords.contains($0) }.map(QuoteComparer.stem))
    }
  }

  /// How two quotes relate, from their words.
  static func relation(_ a: String, _ b: String) -> Relation { relation(Words(a), Words(b)) }

  /// How two prepared quotes relate: the same words, or other words for one statement when they share
  /// three meaningful stems and a third of the shorter one's, or every one of a short excerpt's (at least two).
  static func relation(_ a: Words, _ b: Words) -> Relation {
    if a.joined.contains(b.joined) || b.joined.contains(a.joined) { return .same }
    let shared = a.stems.intersection(b.stems).count
    let smaller = max(1, min(a.stems.count, b.stems.count))
    if shared >= 3 && Double(shared) / Double(smaller) >= 0.35 { return .differentWords }
    return shared >= 2 && shared == smaller ? .differentWords : .different
  }

  /// Whether reported speech renders a direct quote: at least three meaningful stems shared, and
  /// three tenths of the shorter one's.
  static func isParaphrase(_ a: Words, _ b: Words) -> Bool {
    let shared = a.stems.intersection(b.stems).count
    return shared >= 3 && Double(shared) >= 0.3 * Double(max(1, min(a.stems.count, b.stems.count)))
  }

  /// At most this many distinct wordings of one speaker are compared with each other.
  static let maximumWordings = 64

  /// Quotes of one speaker closer than this many scalars are read as one passage
  /// (“…,” he told reporters. “…”).
  static let passageGap = 200

  /// The quotes with each run of one speaker's quotes in one article, close together, merged into one
  /// passage whose span runs from the first quote's start to the last one's end.
  static func passages(_ quotes: [Quote]) -> [(quote: Quote, parts: [TextSpan])] {
    var result: [(quote: Quote, parts: [TextSpan])] = []
    for quote in quotes {
      if let last = result.last, let key = quote.speakerKey, last.quote.speakerKey == key,
        last.quote.articleIndex == quote.articleIndex, last.quote.isReported == quote.isReported, quote.span.start - last.quote.span.end <= passageGap
      {
        result[result.count - 1].quote.span = TextSpan(start: last.quote.span.start, end: quote.span.end)
        result[result.count - 1].parts.append(quote.span)
      } else {
        result.append((quote, [quote.span]))
      }
    }
    return result
  }

  /// A `quote` discrepancy for each pair of distinct wordings of one speaker used by different articles.
  ///
  /// Quotes are merged into passages, bucketed by speaker and repeated wordings merged first, so the pairwise
  /// comparison runs over a speaker's distinct wordings only (capped at `maximumWordings`).
  static func discrepancies(_ quotes: [Quote], corpus: Corpus) -> [Discrepancy] {
    var bySpeaker: [String: [(quote: Quote, parts: [TextSpan])]] = [:]
    var order: [String] = []
    for passage in passages(quotes) {
      let quote = passage.quote
      guard let key = quote.speakerKey else { continue }
      if bySpeaker[key] == nil { order.append(key) }
      bySpeaker[key, default: []].append(passage)
    }
    var result: [Discrepancy] = []
    for key in order {
      let group = bySpeaker[key]!
      guard Set(group.map(\.quote.articleIndex)).count > 1 else { continue }
      var seen: [String: Int] = [:]
      var wordings: [(quote: Quote, text: String, words: Words)] = []
      for (quote, parts) in group {
        let article = corpus.articles[quote.articleIndex]
        let text = article.string(in: quote.span)
        let words = Words(parts.map { article.string(in: $0) }.joined(separator: " "))
        guard seen[words.joined] == nil, wordings.count < maximumWordings else { continue }
        seen[words.joined] = wordings.count
        wordings.append((quote, text, words))
      }
      for i in wordings.indices {
        for j in wordings.indices where j > i && wordings[j].quote.articleIndex != wordings[i].quote.articleIndex {
          let (a, b) = (wordings[i], wordings[j])
          switch (a.quote.isReported, b.quote.isReported) {
          case (false, false): guard relation(a.words, b.words) == .differentWords else { continue }
          case (true, false), (false, true): guard isParaphrase(a.words, b.words) else { continue }
          case (true, true): continue
          }
          let speaker = [a, b].first { !$0.quote.isReported }?.quote.speaker ?? a.quote.speaker ?? key
          let reported = a.quote.isReported || b.quote.isReported ? " (quoted and reported)" : ""
          result.append(
            Discrepancy(
              kind: .quote, subject: "words of \(speaker)\(reported)", verdict: .conflict, severity: .low,
              statements: [statement(a.quote, text: a.text, corpus: corpus), statement(b.quote, text: b.text, corpus: corpus)]))
        }
      }
    }
    return result
  }

  /// One outlet's quote as a statement.
  static func statement(_ quote: Quote, text: String, corpus: Corpus) -> Statement {
    Statement(
      articleID: corpus.articles[quote.articleIndex].id, span: quote.span, text: text,
      value: StatedValue(low: nil, high: nil, unit: "quote", qualifier: quote.speaker))
  }
}
