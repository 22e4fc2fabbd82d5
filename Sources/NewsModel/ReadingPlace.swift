/// Where the reader is in one article: whether it was opened, and the text offset at the top of the pane.
public struct ReadingPlace: Hashable, Sendable {
  /// Whether the article was opened in the reading pane.
  public var read: Bool
  /// The Unicode-scalar offset shown at the top of the reading pane.
  public var offset: Int

  /// Creates a place.
  public init(read: Bool, offset: Int) {
    self.read = read
    self.offset = offset
  }
}
