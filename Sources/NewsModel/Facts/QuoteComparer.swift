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

  /// A rough stem: the first five letters, so "travelers" and "travellers" differ but "winds" meets "wind".
  static func stem(_ word: String) -> String { String(word.prefix(5)) }

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

  /// How two prepared quotes relate.
  static func relation(_ a: Words, _ b: Words) -> Relation {
    if a.joined.contains(b.joined) || b.joined.contains(a.joined) { return .same }
    let shared = a.stems.intersection(b.stems).count
    let smaller = max(1, min(a.stems.count, b.stems.count))
    return shared >= 3 && Double(shared) / Double(smaller) >= 0.35 ? .differentWords : .different
  }

  /// At most this many distinct wordings of one speaker are compared with each other.
  static let maximumWordings = 64

  /// A `quote` discrepancy for each pair of distinct wordings of one speaker used by different articles.
  ///
  /// Quotes are bucketed by speaker and repeated wordings merged first, so the pairwise comparison runs
  /// over a speaker's distinct wordings only (capped at `maximumWordings`).
  static func discrepancies(_ quotes: [Quote], corpus: Corpus) -> [Discrepancy] {
    var bySpeaker: [String: [Quote]] = [:]
    var order: [String] = []
    for quote in quotes {
      guard let key = quote.speakerKey else { continue }
      if bySpeaker[key] == nil { order.append(key) }
      bySpeaker[key, default: []].append(quote)
    }
    var result: [Discrepancy] = []
    for key in order {
      let group = bySpeaker[key]!
      guard Set(group.map(\.articleIndex)).count > 1 else { continue }
      var seen: [String: Int] = [:]
      var wordings: [(quote: Quote, text: String, words: Words)] = []
      for quote in group {
        let text = corpus.articles[quote.articleIndex].string(in: quote.span)
        let words = Words(text)
        guard seen[words.joined] == nil, wordings.count < maximumWordings else { continue }
        seen[words.joined] = wordings.count
        wordings.append((quote, text, words))
      }
      for i in wordings.indices {
        for j in wordings.indices where j > i && wordings[j].quote.articleIndex != wordings[i].quote.articleIndex {
          guard relation(wordings[i].words, wordings[j].words) == .differentWords else { continue }
          let (a, b) = (wordings[i], wordings[j])
          result.append(
            Discrepancy(
              kind: .quote, subject: "words of \(a.quote.speaker ?? key)", verdict: .conflict, severity: .low,
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
