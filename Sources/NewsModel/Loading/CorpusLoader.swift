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
    let (files, walkProblems) = discover(paths: paths)
    let (articles, readProblems) = loadArticles(files)
    return (Corpus(articles: articles), walkProblems + readProblems)
  }

  /// The id of a file: its name without the extension.
  static func articleID(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }
}
