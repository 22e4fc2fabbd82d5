import NewsModel

/// The compare screen: two articles aligned sentence by sentence.
public struct CompareState: Sendable {
  /// Which column is zoomed to the whole width, if one is.
  public enum Zoom: Sendable, Equatable { case left, right }

  /// The article on the left.
  public internal(set) var left: Int
  /// The article on the right.
  public internal(set) var right: Int
  /// The sentence alignment of the two.
  public internal(set) var alignment: SentenceAlignment
  /// The first row shown.
  public internal(set) var top = 0
  /// The row the reader last jumped to, marked on screen.
  public internal(set) var current: Int?
  /// The zoomed column, if any.
  public internal(set) var zoom: Zoom?

  /// Whether a row shows a difference: a lone sentence or words that differ.
  func isDifference(_ row: AlignedRow) -> Bool {
    row.left == nil || row.right == nil || !row.changes.isEmpty
  }
}
