import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes lines to standard error without buffering.
enum StandardError {
  /// Writes one line, made safe for a terminal (a file name may hold escape sequences).
  static func write(_ line: String) {
    var text = SafeText.sanitized(line) + "\n"
    text.withUTF8 { bytes in _ = Glibc.write(2, bytes.baseAddress, bytes.count) }
  }
}

/// A runtime failure with a one-line message (exit code 1).
struct RuntimeError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
