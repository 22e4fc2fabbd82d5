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

/// The database could not be opened, read or written: the reader goes on without it.
public struct ReadingStoreError: Error, CustomStringConvertible {
  /// The database's path.
  public let path: String
  /// What SQLite or the file system said.
  public let underlying: any Error

  /// One line: "reading state in PATH not available: REASON".
  public var description: String {
    let reason = String(describing: underlying).split(whereSeparator: \.isNewline).joined(separator: " ")
    return "reading state in \(path) not available: \(reason)"
  }
}
