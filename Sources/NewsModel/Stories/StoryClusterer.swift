/// Groups a corpus's articles into stories: articles whose TF-IDF vectors (names,
/// figures, content words) are similar enough are joined, single-link.
///
/// Only pairs that share a term found in at most `maximumPostings` articles are
/// ever compared, through an inverted index, so the work grows with the corpus
/// rather than with the square of it. A short article (a feed summary, a brief)
/// has too few words to be told apart reliably: it joins the full article it is
/// most similar to, and short articles that match none stay together in one story.
public enum StoryClusterer {
  /// The cosine similarity at or above which two articles are in one story.
  public static let threshold = 0.22
  /// Articles with fewer words than this are placed by their best match only.
  public static let minimumWords = 60
  /// Terms in more articles than this are too common to find candidates by.
  static let maximumPostings = 50

  /// The stories of a corpus, in order of their first article.
  public static func stories(in corpus: Corpus, mentions: [[Mention]]) -> [Story] {
    let count = corpus.articles.count
    let isFull = corpus.articles.map { $0.wordCount >= minimumWords }
    var groups = UnionFind(count: count)
    var bestMatch: [Int: (article: Int, similarity: Double)] = [:]
    for (a, b, similarity) in similarPairs(in: corpus, mentions: mentions) where similarity >= threshold {
      if isFull[a] && isFull[b] {
        groups.union(a, b)
      } else if isFull[a] || isFull[b] {
        let (short, full) = isFull[a] ? (b, a) : (a, b)
        if similarity > bestMatch[short]?.similarity ?? 0 { bestMatch[short] = (full, similarity) }
      }
    }
    var unplaced: Int?
    for index in 0..<count where !isFull[index] {
      if let match = bestMatch[index] {
        groups.union(index, match.article)
      } else if let first = unplaced {
        groups.union(first, index)
      } else {
        unplaced = index
      }
    }
    var members: [Int: [Int]] = [:]
    for index in 0..<count { members[groups.find(index), default: []].append(index) }
    let ordered = members.values.sorted { $0[0] < $1[0] }
    return ordered.enumerated().map { position, articles in
      var outlets: [String] = []
      for index in articles where !outlets.contains(corpus.articles[index].outlet) {
        outlets.append(corpus.articles[index].outlet)
      }
      return Story(id: "s\(position + 1)", title: corpus.articles[articles[0]].title, articles: articles, outlets: outlets)
    }
  }

  /// Every pair of articles sharing a candidate term, with its cosine similarity.
  static func similarPairs(in corpus: Corpus, mentions: [[Mention]]) -> [(Int, Int, Double)] {
    let terms = StoryTerms(corpus: corpus, mentions: mentions)
    let weights = corpus.articles.indices.map { terms.weights(of: $0) }
    // Norms over the terms an article shares with some other: a word only one article uses can match
    // nothing, and counting it would make a small corpus's articles look unlike each other, because
    // inside one event every shared term is common and weighs little.
    let norms = weights.map { vector in
      vector.reduce(0) { sum, entry in (terms.documentFrequency[entry.key] ?? 0) > 1 ? sum + entry.value * entry.value : sum }
        .squareRoot()
    }
    var postings: [String: [Int]] = [:]
    for (index, vector) in weights.enumerated() {
      for term in vector.keys where (2...maximumPostings).contains(terms.documentFrequency[term] ?? 0) {
        postings[term, default: []].append(index)
      }
    }
    var pairs: [(Int, Int, Double)] = []
    for (a, vector) in weights.enumerated() where norms[a] > 0 {
      var dots: [Int: Double] = [:]
      for (term, weight) in vector {
        for b in postings[term] ?? [] where b > a { dots[b, default: 0] += weight * (weights[b][term] ?? 0) }
      }
      for (b, dot) in dots.sorted(by: { $0.key < $1.key }) where norms[b] > 0 {
        pairs.append((a, b, dot / (norms[a] * norms[b])))
      }
    }
    return pairs
  }
}
