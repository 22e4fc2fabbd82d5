extension CorpusLoader {
  /// The article files under the given paths, in load order, and the paths that could not be walked.
  ///
  /// Listing is fast even for thousands of files: the reader shows its first frame
  /// from this, then loads the files in batches (`loadArticles`).
  public static func discover(paths: [String]) -> (files: [String], problems: [LoadProblem]) {
    var walk = FileWalk()
    for path in paths { walk.visit(path, explicit: true) }
    return (walk.files, walk.problems)
  }

  /// Reads a batch of files found by `discover`, spread over the cores, in the files' order.
  public static func loadArticles(_ files: some Collection<String>) -> (articles: [Article], problems: [LoadProblem]) {
    let results = ParallelMap.map(Array(files)) { file -> ([Article], [LoadProblem]) in
      switch read(file) {
      case .success(let (text, warning)):
        var problems: [LoadProblem] = []
        if let warning { problems.append(LoadProblem(path: file, message: warning, severity: .warning)) }
        let (read, problem) = ArticleFormat.articles(id: articleID(for: file), path: file, text: text)
        if let problem { problems.append(problem) }
        return (read, problems)
      case .failure(let problem):
        return ([], [problem])
      }
    }
    return (results.flatMap(\.0), results.flatMap(\.1))
  }
}

extension Corpus {
  /// This corpus with more articles after its own (ids kept unique).
  public func appending(_ more: [Article]) -> Corpus {
    more.isEmpty ? self : Corpus(articles: articles + more)
  }
}
