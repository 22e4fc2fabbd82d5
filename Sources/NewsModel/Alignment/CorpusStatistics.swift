import Foundation

/// How rare each content word is across a corpus, computed once and reused to
/// weigh every pair of articles that is aligned.
///
/// Each sentence counts as one document, so a word found in a handful of
/// sentences weighs more than one that every paragraph repeats.
public struct CorpusStatistics: Sendable {
  /// The number of sentences counted.
  public let sentenceCount: Int
  /// For each content term, the number of sentences that contain it.
  let documentFrequency: [String: Int]

  /// Counts the sentences of every article in a corpus.
  public init(corpus: Corpus) {
    self.init(articles: corpus.articles)
  }

  /// Counts the sentences of the given articles.
  public init(articles: [Article]) {
    var frequency: [String: Int] = [:]
    var count = 0
    for article in articles {
      for sentence in article.sentences {
        let tokens = Tokenizer.tokens(in: article.text, span: sentence.span)
        for term in Set(ContentTerms.terms(of: tokens, in: article.text)) {
          frequency[term, default: 0] += 1
        }
        count += 1
      }
    }
    self.sentenceCount = count
    self.documentFrequency = frequency
  }

  /// The inverse document frequency of a term (smoothed, so a term never seen
  /// weighs most and a term in every sentence still weighs a little).
  func inverseFrequency(of term: String) -> Double {
    let frequency = documentFrequency[term, default: 0]
    return log(Double(sentenceCount + 1) / Double(frequency + 1)) + 1
  }
}
