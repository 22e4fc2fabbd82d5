import Foundation

/// One sentence prepared for comparison: its tokens, its weighted content
/// words and its features.
struct SentenceProfile {
  /// The sentence's tokens, in order.
  let tokens: [Token]
  /// Content-term ids with TF-IDF weights, sorted by id, of unit length.
  let vector: [(term: Int, weight: Double)]
  /// Names and figures.
  let features: SentenceFeatures
  /// Whether the sentence is running text rather than a headline, heading or byline.
  let isRunningText: Bool

  /// The profiles of every sentence of an article, tokenising it once.
  static func profiles(
    of article: Article, terms: inout TermTable, provider: (any SentenceFeatureProvider)?
  ) -> [SentenceProfile] {
    let tokens = article.sentences.map { Tokenizer.tokens(in: article.text, span: $0.span) }
    let features = provider?.features(of: article) ?? CapitalizedNameFeatures.features(of: article, tokens: tokens)
    precondition(features.count == tokens.count, "one SentenceFeatures per sentence")
    return article.sentences.indices.map { index in
      let tokens = tokens[index]
      var counts: [Int: Int] = [:]
      for term in ContentTerms.terms(of: tokens, in: article.text) { counts[terms.id(for: term), default: 0] += 1 }
      var vector = counts.map { term, count in (term: term, weight: terms.weight(of: term, count: count)) }
      vector.sort { $0.term < $1.term }
      let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
      if norm > 0 { vector = vector.map { ($0.term, $0.weight / norm) } }
      let isRunningText = article.blocks[article.sentences[index].blockIndex].kind == .paragraph
      return SentenceProfile(tokens: tokens, vector: vector, features: features[index], isRunningText: isRunningText)
    }
  }

  /// The cosine of two sentences' content-word vectors.
  func cosine(with other: SentenceProfile) -> Double {
    var sum = 0.0
    var a = 0
    var b = 0
    while a < vector.count, b < other.vector.count {
      let left = vector[a]
      let right = other.vector[b]
      if left.term == right.term {
        sum += left.weight * right.weight
        a += 1
        b += 1
      } else if left.term < right.term {
        a += 1
      } else {
        b += 1
      }
    }
    return sum
  }

  /// How alike two sentences are, 0…1: the cosine of their content words, raised
  /// by shared names and by figures that match or that differ but are of one size.
  /// The raise grows with the cosine, so names or a year alone never pair
  /// sentences; headings pair only with headings, running text with running text.
  func similarity(with other: SentenceProfile) -> Double {
    guard isRunningText == other.isRunningText else { return 0 }
    let base = cosine(with: other)
    guard base > 0 else { return 0 }
    var bonus = Self.nameWeight * features.nameOverlap(with: other.features)
    switch features.figureRelation(with: other.features) {
    case .shared: bonus += Self.sharedFigureWeight
    case .differing: bonus += Self.differingFigureWeight
    case .none: break
    }
    return min(1, base + bonus * min(1, base / Self.bonusGate))
  }

  static let nameWeight = 0.15
  static let sharedFigureWeight = 0.15
  static let differingFigureWeight = 0.08
  /// The cosine from which the name and figure raise counts in full.
  static let bonusGate = 0.2
}

/// Term ids and their weights, shared by the two articles of one alignment.
struct TermTable {
  private let statistics: CorpusStatistics
  private var ids: [String: Int] = [:]
  private var inverseFrequencies: [Double] = []

  /// A table weighing terms by the corpus's statistics.
  init(statistics: CorpusStatistics) {
    self.statistics = statistics
  }

  /// The id of a term, assigned on first sight.
  mutating func id(for term: String) -> Int {
    if let id = ids[term] { return id }
    let id = inverseFrequencies.count
    ids[term] = id
    inverseFrequencies.append(statistics.inverseFrequency(of: term))
    return id
  }

  /// A term's TF-IDF weight in a sentence where it occurs `count` times (sublinear TF).
  func weight(of term: Int, count: Int) -> Double {
    (1 + log(Double(count))) * inverseFrequencies[term]
  }
}
