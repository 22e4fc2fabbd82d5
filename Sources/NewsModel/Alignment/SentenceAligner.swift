/// Aligns the sentences of two articles and marks the words that differ inside each pair.
///
/// Sentences are compared by their shared content words weighted by rarity
/// (TF-IDF over the corpus), shared names and shared or disagreeing figures. A
/// global dynamic programme over the similarity matrix (Nelken & Shieber) pairs
/// them in order; a second pass pairs sentences an outlet moved when they are
/// clearly the same. What stays unpaired is shown alone.
public enum SentenceAligner {
  /// The thresholds of an alignment.
  public struct Options: Sendable {
    /// The similarity from which two sentences may be paired in order.
    public var matchThreshold: Double
    /// The similarity from which two sentences are paired out of order.
    public var movedThreshold: Double
    /// The similarity from which a pair gets a word-level difference.
    public var diffThreshold: Double

    /// Creates options; the defaults suit news reports of one event.
    public init(matchThreshold: Double = 0.25, movedThreshold: Double = 0.5, diffThreshold: Double = 0.3) {
      self.matchThreshold = matchThreshold
      self.movedThreshold = movedThreshold
      self.diffThreshold = diffThreshold
    }
  }

  /// Aligns `left` with `right`, weighing words by `statistics` (computed once per corpus).
  ///
  /// `features` supplies each sentence's names and figures; without it they are
  /// guessed from capitalisation and numbers (`CapitalizedNameFeatures`).
  public static func align(
    _ left: Article, _ right: Article, statistics: CorpusStatistics,
    features: (any SentenceFeatureProvider)? = nil, options: Options = Options()
  ) -> SentenceAlignment {
    var terms = TermTable(statistics: statistics)
    let leftProfiles = SentenceProfile.profiles(of: left, terms: &terms, provider: features)
    let rightProfiles = SentenceProfile.profiles(of: right, terms: &terms, provider: features)
    let matrix = SimilarityMatrix(leftProfiles, rightProfiles)
    var partner = orderedMatches(matrix, threshold: options.matchThreshold)
    let inOrder = partner
    addMovedMatches(matrix, threshold: options.movedThreshold, to: &partner)

    var rows: [AlignedRow] = []
    rows.reserveCapacity(matrix.rows + matrix.columns)
    var taken = [Bool](repeating: false, count: matrix.columns)
    for case let j? in partner { taken[j] = true }
    var nextRight = 0
    func emitRightAlone(before end: Int) {
      while nextRight < end {
        if !taken[nextRight] { rows.append(AlignedRow(left: nil, right: nextRight, similarity: 0)) }
        nextRight += 1
      }
    }
    for i in 0..<matrix.rows {
      guard let j = partner[i] else {
        rows.append(AlignedRow(left: i, right: nil, similarity: 0))
        continue
      }
      let isMoved = inOrder[i] == nil
      if !isMoved {
        emitRightAlone(before: j)
        nextRight = j + 1
      }
      let similarity = matrix[i, j]
      let changes =
        similarity >= options.diffThreshold
        ? WordDiff.changes(left.text, leftProfiles[i].tokens, right.text, rightProfiles[j].tokens) : []
      rows.append(AlignedRow(left: i, right: j, similarity: similarity, isMoved: isMoved, changes: changes))
    }
    emitRightAlone(before: matrix.columns)
    return SentenceAlignment(left: left.id, right: right.id, rows: rows)
  }

  /// The order-preserving pairing that maximises the summed excess of
  /// similarity over the threshold; each left index maps to its right partner.
  static func orderedMatches(_ matrix: SimilarityMatrix, threshold: Double) -> [Int?] {
    let n = matrix.rows
    let m = matrix.columns
    let width = m + 1
    var score = [Double](repeating: 0, count: (n + 1) * width)
    // 0: skip left, 1: skip right, 2: match.
    var step = [UInt8](repeating: 0, count: (n + 1) * width)
    for j in 0...m { step[j] = 1 }
    for i in stride(from: 1, through: n, by: 1) {
      for j in stride(from: 1, through: m, by: 1) {
        var best = score[(i - 1) * width + j]
        var move: UInt8 = 0
        if score[i * width + j - 1] > best {
          best = score[i * width + j - 1]
          move = 1
        }
        let similarity = matrix[i - 1, j - 1]
        if similarity >= threshold, score[(i - 1) * width + j - 1] + similarity - threshold > best {
          best = score[(i - 1) * width + j - 1] + similarity - threshold
          move = 2
        }
        score[i * width + j] = best
        step[i * width + j] = move
      }
    }
    var partner = [Int?](repeating: nil, count: n)
    var i = n
    var j = m
    while i > 0, j > 0 {
      switch step[i * width + j] {
      case 2:
        partner[i - 1] = j - 1
        i -= 1
        j -= 1
      case 1: j -= 1
      default: i -= 1
      }
    }
    return partner
  }

  /// Pairs still-unpaired sentences out of order when they are clearly the
  /// same, best pairs first.
  static func addMovedMatches(_ matrix: SimilarityMatrix, threshold: Double, to partner: inout [Int?]) {
    var taken = [Bool](repeating: false, count: matrix.columns)
    for case let j? in partner { taken[j] = true }
    var candidates: [(i: Int, j: Int, similarity: Double)] = []
    for i in 0..<matrix.rows where partner[i] == nil {
      for j in 0..<matrix.columns where !taken[j] && matrix[i, j] >= threshold {
        candidates.append((i, j, matrix[i, j]))
      }
    }
    candidates.sort { ($0.similarity, $1.i, $1.j) > ($1.similarity, $0.i, $0.j) }
    for candidate in candidates where partner[candidate.i] == nil && !taken[candidate.j] {
      partner[candidate.i] = candidate.j
      taken[candidate.j] = true
    }
  }
}

/// The similarity of every left sentence to every right sentence.
struct SimilarityMatrix {
  let rows: Int
  let columns: Int
  private let values: [Double]

  /// Compares every pair of profiles.
  init(_ left: [SentenceProfile], _ right: [SentenceProfile]) {
    rows = left.count
    columns = right.count
    var values = [Double](repeating: 0, count: rows * columns)
    for (i, a) in left.enumerated() {
      for (j, b) in right.enumerated() { values[i * columns + j] = a.similarity(with: b) }
    }
    self.values = values
  }

  subscript(i: Int, j: Int) -> Double { values[i * columns + j] }
}
