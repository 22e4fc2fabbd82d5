import Foundation
import NewsModel

/// Turns fuzzer bytes into a corpus the way `parallax` loads files.
///
/// Byte 0xFF (never valid UTF-8) separates up to four files, so one input can make
/// outlets disagree; each piece goes through `CorpusLoader.decode` like a file's bytes.
enum FuzzInput {
  /// The separator between files in one input.
  static let separator: UInt8 = 0xFF

  /// The articles the pieces decode to (pieces the loader refuses are left out).
  static func articles(from data: Data) -> [Article] {
    data.split(separator: separator, maxSplits: 3, omittingEmptySubsequences: false)
      .enumerated()
      .compactMap { index, piece in
        let path = "fuzz/\(index).txt"
        guard case .success(let (text, _)) = CorpusLoader.decode(Data(piece), path: path) else { return nil }
        return Article(id: "a\(index)", path: path, text: text)
      }
  }
}
