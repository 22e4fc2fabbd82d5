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
