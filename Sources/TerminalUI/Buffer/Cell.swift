/// One terminal cell: a grapheme and its style.
///
/// A grapheme that is two columns wide takes its cell and marks the next one
/// as a continuation, which backends skip.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn in the cell (a space when empty).
  public var grapheme: Character
  /// How the cell is drawn.
  public var style: Style
  /// Whether the wide grapheme to the left covers this cell.
  public var isContinuation: Bool

  /// Creates a cell.
  public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.grapheme = grapheme
    self.style = style
    self.isContinuation = isContinuation
  }

  /// A blank cell in the plain style.
  public static let blank = Cell()
}
