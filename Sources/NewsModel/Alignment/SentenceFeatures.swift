/// What a sentence names and which figures it states, for alignment to compare.
///
/// Names are opaque keys: entity ids once entity linking supplies them, or
/// lowercased capitalised words from `CapitalizedNameFeatures` until then.
public struct SentenceFeatures: Hashable, Sendable {
  /// Keys of the names (or entity ids) the sentence mentions.
  public var names: Set<String>
  /// The figures the sentence states, normalised ("10,000" and "10 000" are 10000).
  public var figures: [Double]

  /// Creates a sentence's features.
  public init(names: Set<String> = [], figures: [Double] = []) {
    self.names = names
    self.figures = figures
  }
}

/// Supplies the names and figures of every sentence of an article.
///
/// Pass one to `SentenceAligner.align` to align on linked entities and parsed
/// figures; the default is `CapitalizedNameFeatures`.
public protocol SentenceFeatureProvider: Sendable {
  /// The features of each sentence of `article`, one per `article.sentences` entry.
  func features(of article: Article) -> [SentenceFeatures]
}

extension SentenceFeatures {
  /// How much the names of two sentences overlap: the Dice coefficient, 0…1.
  func nameOverlap(with other: SentenceFeatures) -> Double {
    guard !names.isEmpty, !other.names.isEmpty else { return 0 }
    let shared = names.intersection(other.names).count
    return 2 * Double(shared) / Double(names.count + other.names.count)
  }

  /// How the figures of two sentences relate.
  func figureRelation(with other: SentenceFeatures) -> FigureRelation {
    guard !figures.isEmpty, !other.figures.isEmpty else { return .none }
    if figures.contains(where: { other.figures.contains($0) }) { return .shared }
    let close = figures.contains { a in
      other.figures.contains { b in a > 0 && b > 0 && max(a, b) / min(a, b) <= FigureRelation.closeRatio }
    }
    return close ? .differing : .none
  }
}

/// How the figures of two sentences relate.
enum FigureRelation {
  /// Both state the same figure.
  case shared
  /// Both state figures of the same size but different values: the same
  /// thing, told differently — a reason to pair the sentences, not to part them.
  case differing
  /// No figures in common.
  case none

  /// The largest ratio between two figures still taken as "the same size".
  static let closeRatio = 2.0
}
