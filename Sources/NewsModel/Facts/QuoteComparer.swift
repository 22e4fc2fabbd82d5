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

  /// How two quotes relate, from their words.
  static func relation(_ a: String, _ b: String) -> Relation {
    let wordsA = words(a)
    let wordsB = words(b)
    let joinedA = " " + wordsA.joined(separator: " ") + " "
    let joinedB = " " + wordsB.joined(separator: " ") + " "
    if joinedA.contains(joinedB) || joinedB.contains(joinedA) { return .same }
    let contentA = Set(wordsA.filter { !stopWords.contains($0) }.map(stem))
    let contentB = Set(wordsB.filter { !stopWords.contains($0) }.map(stem))
    let shared = contentA.intersection(contentB).count
    let smaller = max(1, min(contentA.count, contentB.count))
    return shared >= 3 && Double(shared) / Double(smaller) >= 0.35 ? .differentWords : .different
  }

  /// A `quote` discrepancy for each pair of articles that quote one speaker in different words.
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
      let texts = group.map { corpus.articles[$0.articleIndex].string(in: $0.span) }
      for i in group.indices {
        for j in group.indices where j > i && group[j].articleIndex != group[i].articleIndex {
          guard relation(texts[i], texts[j]) == .differentWords else { continue }
          result.append(
            Discrepancy(
              kind: .quote, subject: "words of \(group[i].speaker ?? key)", verdict: .conflict, severity: .low,
              statements: [statement(group[i], text: texts[i], corpus: corpus), statement(group[j], text: texts[j], corpus: corpus)]))
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
