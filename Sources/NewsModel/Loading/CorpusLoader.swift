import Foundation

/// Reads articles from files and folders, skipping what cannot be read.
///
/// Every problem is reported with the file's path; one bad file never stops the
/// others from loading. Input files are only ever read.
public enum CorpusLoader {
  /// File extensions read when walking a folder.
  public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

  /// Loads every article under the given paths (files, or folders walked recursively).
  public static func load(paths: [String]) -> (Corpus, [LoadProblem]) {
    var problems: [LoadProblem] = []
    var walk = FileWalk()
    for path in paths { walk.visit(path, explicit: true) }
    let files = walk.files
    problems += walk.problems
    // Reading, decoding and splitting are independent per file: spread them over the cores.
    let results = files.map { file -> Result<(Article, String?), LoadProblem> in
      read(file).map { text, warning in (Article(id: articleID(for: file), path: file, text: text), warning) }
    }
    var articles: [Article] = []
    articles.reserveCapacity(files.count)
    for (file, result) in zip(files, results) {
      switch result {
      case .success(let (article, warning)):
        if let warning { problems.append(LoadProblem(path: file, message: warning, severity: .warning)) }
        articles.append(article)
      case .failure(let problem):
        problems.append(problem)
      }
    }
    return (Corpus(articles: articles), problems)
  }

  /// The id of a file: its name without the extension.
  static func articleID(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }
}
