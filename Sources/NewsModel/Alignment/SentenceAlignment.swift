/// Two articles set side by side, sentence against sentence.
///
/// Every sentence of both articles appears in exactly one row. Rows follow the
/// left article's order; a sentence found only on the right sits next to its
/// nearest aligned neighbours.
public struct SentenceAlignment: Sendable {
  /// The id of the left article.
  public let left: String
  /// The id of the right article.
  public let right: String
  /// The rows, top to bottom.
  public let rows: [AlignedRow]

  /// Creates an alignment.
  public init(left: String, right: String, rows: [AlignedRow]) {
    self.left = left
    self.right = right
    self.rows = rows
  }
}

/// One row of an alignment: a pair of sentences, or a sentence found on one side only.
public struct AlignedRow: Hashable, Sendable {
  /// The index of the left article's sentence, or nil when the row is right-only.
  public let left: Int?
  /// The index of the right article's sentence, or nil when the row is left-only.
  public let right: Int?
  /// How alike the two sentences are, 0…1 (0 for a sentence alone).
  public let similarity: Double
  /// Whether the pair was matched out of order: the right sentence sits elsewhere in its article.
  public let isMoved: Bool
  /// The differences inside the pair, most telling first (figures, names, hedges, then wording).
  public let changes: [WordChange]

  /// Creates a row.
  public init(left: Int?, right: Int?, similarity: Double, isMoved: Bool = false, changes: [WordChange] = []) {
    self.left = left
    self.right = right
    self.similarity = similarity
    self.isMoved = isMoved
    self.changes = changes
  }

  /// The differing word spans in the left article's text, most telling first.
  public var leftChanges: [TextSpan] { changes.compactMap(\.left) }

  /// The differing word spans in the right article's text, most telling first.
  public var rightChanges: [TextSpan] { changes.compactMap(\.right) }
}

/// One difference inside an aligned pair: words of the left sentence replaced
/// by, or missing from, words of the right one.
public struct WordChange: Hashable, Sendable {
  /// What a change is about, in the order a reader wants to see them.
  public enum Kind: Int, Hashable, Sendable, Comparable {
    /// A number differs ("10,000" → "about 12,000").
    case figure
    /// A name differs or is only on one side.
    case name
    /// A hedge differs ("about", "nearly", "as many as", "over").
    case hedge
    /// Other wording.
    case wording

    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What the change is about.
  public let kind: Kind
  /// The words on the left, snapped to whole tokens; nil when they were only added on the right.
  public let left: TextSpan?
  /// The words on the right, snapped to whole tokens; nil when they are only on the left.
  public let right: TextSpan?

  /// Creates a change.
  public init(kind: Kind, left: TextSpan?, right: TextSpan?) {
    self.kind = kind
    self.left = left
    self.right = right
  }
}
