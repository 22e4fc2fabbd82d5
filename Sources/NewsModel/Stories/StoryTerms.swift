import Foundation

/// The weighted terms an article is grouped into a story by: its linked names,
/// its figures and its content words, each as a TF-IDF weight.
struct StoryTerms {
  /// Terms with their raw weight (term frequency, damped), per article.
  let counts: [[String: Double]]
  /// In how many articles each term occurs.
  let documentFrequency: [String: Int]

  /// Weight multipliers: a shared name or figure says more than a shared word.
  static let nameWeight = 3.0
  static let figureWeight = 2.0
  /// The sentences whose words are read.
  static let leadSentences = 15

  /// Collects the terms of every article.
  init(corpus: Corpus, mentions: [[Mention]]) {
    counts = ParallelMap.map(Array(corpus.articles.indices)) { index in
      Self.terms(of: corpus.articles[index], mentions: index < mentions.count ? mentions[index] : [])
    }
    var frequency: [String: Int] = [:]
    for terms in counts {
      for term in terms.keys { frequency[term, default: 0] += 1 }
    }
    documentFrequency = frequency
  }

  /// The TF-IDF weights of one article's terms.
  func weights(of article: Int) -> [String: Double] {
    let total = Double(counts.count)
    var weights: [String: Double] = [:]
    for (term, count) in counts[article] {
      weights[term] = count * log((total + 1) / Double(documentFrequency[term] ?? 1))
    }
    return weights
  }

  /// An article's terms: `e:` entity ids (its own outlet's name left out), `f:` figures, `w:` word stems.
  static func terms(of article: Article, mentions: [Mention]) -> [String: Double] {
    var raw: [String: (count: Int, weight: Double)] = [:]
    let outlet = article.metadata.outlet?.lowercased()
    for mention in mentions {
      if mention.type.isName {
        guard let id = mention.entityID, article.string(in: mention.span).lowercased() != outlet else { continue }
        raw["e:" + id, default: (0, nameWeight)].count += 1
      } else if mention.type == .quantity || mention.type == .money {
        raw["f:" + article.string(in: mention.span).lowercased(), default: (0, figureWeight)].count += 1
      }
    }
    // Words from the top of the article only: a news story says what it is about in its headline and
    // first paragraphs, and the rest adds cost more than evidence (names and figures count throughout).
    for sentence in article.sentences.prefix(leadSentences) {
      for term in ContentTerms.terms(of: Tokenizer.tokens(in: article.text, span: sentence.span), in: article.text)
      where term.utf8.count > 3 {
        raw["w:" + term, default: (0, 1)].count += 1
      }
    }
    return raw.mapValues { (1 + log(Double($0.count))) * $0.weight }
  }
}
