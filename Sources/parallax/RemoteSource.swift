import Foundation
import NewsModel
import Synchronization

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Articles fetched over HTTP: a feed, a page or a text file given by its address.
enum RemoteSource {
  /// How long one fetch may take.
  static let timeout: TimeInterval = 20

  /// Whether a command-line argument is an address rather than a path.
  static func isURL(_ argument: String) -> Bool {
    let lower = argument.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The articles at each address, and one problem per address that failed (also written to standard error).
  static func articles(at urls: [String]) -> ([Article], [LoadProblem]) {
    var articles: [Article] = []
    var problems: [LoadProblem] = []
    for url in urls {
      switch fetch(url).flatMap({ CorpusLoader.decode($0, path: url) }) {
      case .success(let (text, warning)):
        if let warning { problems.append(LoadProblem(path: url, message: warning, severity: .warning)) }
        let (read, problem) = ArticleFormat.articles(id: articleID(for: url), path: url, text: text)
        articles += read
        if let problem { problems.append(problem) }
      case .failure(let problem):
        problems.append(problem)
      }
    }
    for problem in problems { StandardError.write("parallax: \(problem)") }
    return (articles, problems)
  }

  /// The body at an address, or a one-line problem (bad address, network error, HTTP status).
  static func fetch(_ address: String) -> Result<Data, LoadProblem> {
    guard let url = URL(string: address), url.host != nil else {
      return .failure(LoadProblem(path: address, message: "not a valid address", severity: .skipped))
    }
    var request = URLRequest(url: url, timeoutInterval: timeout)
    request.setValue("parallax/0.1", forHTTPHeaderField: "User-Agent")
    let outcome = Mutex<Result<Data, LoadProblem>?>(nil)
    let done = DispatchSemaphore(value: 0)
    let session = URLSession(configuration: .ephemeral)
    session.dataTask(with: request) { data, response, error in
      let result: Result<Data, LoadProblem>
      if let error {
        result = .failure(problem(address, "cannot fetch: \(error.localizedDescription)"))
      } else if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
        result = .failure(problem(address, "HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))"))
      } else {
        result = .success(data ?? Data())
      }
      outcome.withLock { $0 = result }
      done.signal()
    }.resume()
    done.wait()
    session.finishTasksAndInvalidate()
    return outcome.withLock { $0 } ?? .failure(problem(address, "cannot fetch"))
  }

  /// The id of a fetched document: its last path part without extension, or its host.
  static func articleID(for address: String) -> String {
    guard let url = URL(string: address) else { return address }
    let stem = url.deletingPathExtension().lastPathComponent
    return stem.isEmpty || stem == "/" ? (url.host ?? address) : stem
  }

  private static func problem(_ address: String, _ message: String) -> LoadProblem {
    LoadProblem(path: address, message: message.split(whereSeparator: \.isNewline).joined(separator: " "), severity: .skipped)
  }
}
