import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension CorpusLoader {
  /// The largest file read as an article; anything bigger is not an article.
  public static let maximumFileSize = 256 << 20

  /// Reads and decodes one file, or says why it cannot be an article. The file is opened
  /// read-only and never written to.
  static func read(_ path: String) -> Result<(String, String?), LoadProblem> {
    readBytes(path).flatMap { decode($0, path: path) }
  }

  /// The bytes of a regular file, read with `open(O_RDONLY)`, with the reason when it cannot be.
  static func readBytes(_ path: String) -> Result<Data, LoadProblem> {
    func failure(_ message: String) -> Result<Data, LoadProblem> {
      .failure(LoadProblem(path: path, message: message, severity: .skipped))
    }
    // O_NONBLOCK: a pipe put in the file's place after the walk must not block the open.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return failure(openFailure(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return failure("not a regular file (a pipe, socket or device)")
    }
    guard info.st_size <= maximumFileSize else {
      return failure("too large for an article (\(info.st_size >> 20) MB, at most \(maximumFileSize >> 20) MB)")
    }
    var data = Data(count: Int(info.st_size))
    var filled = 0
    while true {
      if filled == data.count { data.count += max(4096, data.count / 2) }  // the file grew
      let count = data.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }  // never empty here: grown above
        return Glibc.read(descriptor, base + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return failure("cannot read file: \(String(cString: strerror(errno)))")
      }
      if count == 0 { break }
      filled += count
      if filled > maximumFileSize { return failure("too large for an article (over \(maximumFileSize >> 20) MB)") }
    }
    data.count = filled
    return .success(data)
  }

  private static func openFailure(_ error: Int32) -> String {
    switch error {
    case EACCES, EPERM: "cannot read file: permission denied"
    case ELOOP: "symbolic link loop"
    default: "cannot read file: \(String(cString: strerror(error)))"
    }
  }

  /// Decodes bytes as UTF-8 text: drops a BOM, refuses binary and empty files,
  /// replaces invalid sequences with U+FFFD and says so.
  ///
  /// A file is binary when it holds a NUL byte, or when more than one character in ten
  /// is a control character other than tab, line and page breaks (text never looks like that).
  public static func decode(_ data: Data, path: String) -> Result<(String, String?), LoadProblem> {
    func skipped(_ message: String) -> Result<(String, String?), LoadProblem> {
      .failure(LoadProblem(path: path, message: message, severity: .skipped))
    }
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return skipped("empty file") }
    if bytes.contains(0) { return skipped("binary file (NUL bytes), not text") }
    let controls = bytes.reduce(0) { count, byte in
      count + (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C || byte == 0x7F ? 1 : 0)
    }
    if controls * 10 > bytes.count { return skipped("binary file (mostly control bytes), not text") }
    if let text = String(validating: bytes, as: UTF8.self) { return .success((text, nil)) }
    let text = String(decoding: bytes, as: UTF8.self)
    let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    if replaced * 10 > text.unicodeScalars.count { return skipped("not UTF-8 text (mostly invalid bytes)") }
    return .success((text, "invalid UTF-8 replaced with \u{FFFD} (\(replaced) place\(replaced == 1 ? "" : "s"))"))
  }
}
