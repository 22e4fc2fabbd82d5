import NewsModel
import ReaderUI

/// Reads the corpus in batches off the main thread, then analyses it, posting each step.
enum BackgroundLoader {
  /// Files in the first batch: small, so the list appears at once.
  static let firstBatch = 24
  /// Files in each later batch.
  static let batch = 400

  /// Starts loading `files` and analysing them with the articles already `fetched`; results arrive in `inbox`.
  static func start(_ files: [String], fetched: [Article], inbox: Inbox<Message>) {
    Task.detached(priority: .userInitiated) {
      var corpus = Corpus(articles: fetched)
      if !fetched.isEmpty { inbox.post(.articlesLoaded(fetched, problems: [])) }
      var start = 0
      while start < files.count {
        let end = min(files.count, start + (start == 0 ? firstBatch : batch))
        let (articles, problems) = CorpusLoader.loadArticles(files[start..<end])
        corpus = corpus.appending(articles)
        inbox.post(.articlesLoaded(articles, problems: problems.map(\.description)))
        start = end
      }
      inbox.post(.loadingFinished)
      if !corpus.articles.isEmpty { inbox.post(.analysisReady(Analysis(corpus: corpus))) }
    }
  }
}
