/// Something wrong with one input file, reported in one line that names it.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// Whether the file was skipped or loaded with a caveat.
  public enum Severity: String, Sendable, Hashable {
    /// The file was not loaded.
    case skipped
    /// The file loaded, with a caveat (for example, invalid UTF-8 replaced).
    case warning
  }

  /// The path, as given or found in a folder.
  public var path: String
  /// What went wrong, in a few words.
  public var message: String
  /// Whether the file was skipped.
  public var severity: Severity

  /// Creates a problem report.
  public init(path: String, message: String, severity: Severity) {
    self.path = path
    self.message = message
    self.severity = severity
  }

  /// The one-line form: "skipped seeds/x.bin: binary file (NUL bytes)".
  public var description: String { "\(severity == .skipped ? "skipped" : "warning") \(path): \(message)" }
}
