import Foundation

/// Reads articles from files and folders, skipping what cannot be read.
///
/// Every problem is reported with the file's path; one bad file never stops the
/// others from loading. Input files are only ever read.
public enum CorpusLoader {
  /// File extensions read when walking a folder.
  public static let articleExtensions = Set(ArticleFormat.extensions.keys)

  /// Loads every article under the given paths (files, or folders walked recursively).
  public static func load(paths: [String]) -> (Corpus, [LoadProblem]) {
    var problems: [LoadProblem] = []
    var files: [String] = []
    var visited = Set<String>()
    for path in paths {
      collect(path, explicit: true, into: &files, visited: &visited, problems: &problems)
    }
    let (articles, readProblems) = loadArticles(files)
    problems += readProblems
    return (Corpus(articles: articles), problems)
  }

  /// The id of a file: its name without the extension.
  static func articleID(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  static func collect(
    _ path: String, explicit: Bool, into files: inout [String], visited: inout Set<String>,
    problems: inout [LoadProblem]
  ) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      problems.append(LoadProblem(path: path, message: explicit ? "no such file or folder" : "broken link", severity: .skipped))
      return
    }
    guard isDirectory.boolValue else {
      if explicit || articleExtensions.contains((path as NSString).pathExtension.lowercased()) { files.append(path) }
      return
    }
    let real = (path as NSString).resolvingSymlinksInPath
    guard visited.insert(real).inserted else {
      problems.append(LoadProblem(path: path, message: "folder already read (a symbolic link loop?)", severity: .skipped))
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      problems.append(LoadProblem(path: path, message: "cannot read folder", severity: .skipped))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let child = path.hasSuffix("/") ? path + name : path + "/" + name
      collect(child, explicit: false, into: &files, visited: &visited, problems: &problems)
    }
  }

  /// Reads and decodes one file, or says why it cannot be an article.
  static func read(_ path: String) -> Result<(String, String?), LoadProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(LoadProblem(path: path, message: "cannot read file (permission denied?)", severity: .skipped))
    }
    return decode(data, path: path)
  }

  /// Decodes bytes as UTF-8 text: drops a BOM, refuses binary and empty files,
  /// replaces invalid sequences with U+FFFD and says so.
  public static func decode(_ data: Data, path: String) -> Result<(String, String?), LoadProblem> {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    // Scanned through a buffer pointer: Data's own iterator is far slower.
    let (isBlank, hasNUL) = bytes.withUnsafeBytes { buffer in
      (buffer.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }, buffer.contains(0))
    }
    if isBlank {
      return .failure(LoadProblem(path: path, message: "empty file", severity: .skipped))
    }
    if hasNUL {
      return .failure(LoadProblem(path: path, message: "binary file (NUL bytes), not text", severity: .skipped))
    }
    if let text = String(validating: bytes, as: UTF8.self) { return .success((text, nil)) }
    let text = String(decoding: bytes, as: UTF8.self)
    let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    if replaced * 10 > text.unicodeScalars.count {
      return .failure(LoadProblem(path: path, message: "not UTF-8 text (mostly invalid bytes)", severity: .skipped))
    }
    return .success((text, "invalid UTF-8 replaced (\(replaced) places)"))
  }
}
