import NewsModel
import TerminalUI

/// The reader's whole state: the single source of truth that views draw.
///
/// Only `update(_:)` changes it, and it does no I/O, so every behaviour is tested
/// by sending messages and reading the state back.
public struct ReaderState: Sendable {
  /// The articles open (more arrive while files are still loading).
  public internal(set) var corpus: Corpus
  /// While files are still loading: how many there are in all.
  public internal(set) var loadingTotal: Int?
  /// The analysis, once it has arrived (nil while it runs).
  public internal(set) var analysis: Analysis?
  /// Where every entity is mentioned, built when the analysis arrives.
  public internal(set) var directory: MentionDirectory?
  /// Styles for the roles.
  public let theme: Theme
  /// The key bindings.
  public let keyMap: KeyMap
  /// Problems met while loading, shown once in the status line.
  public internal(set) var loadProblems: [String]

  /// The terminal's width.
  public internal(set) var width: Int
  /// The terminal's height.
  public internal(set) var height: Int
  /// The focused pane.
  public internal(set) var focus: Pane = .list
  /// The article selected in the list and shown in the reading pane.
  public internal(set) var selectedArticle = 0
  /// The first entry shown in the list.
  public internal(set) var listTop = 0
  /// The list's entries: story headers and articles, in display order.
  public internal(set) var listRows: ArticleListRows
  /// The first line shown in the reading pane.
  public internal(set) var readingTop = 0
  /// Per article, the text offset at the top of the reading pane when last read.
  public internal(set) var readingAnchors: [Int]
  /// The articles read: shown while the reading pane had focus (now or in an earlier run).
  public internal(set) var readArticles: Set<Int> = []
  /// Places saved by an earlier run, by `placeKey`, applied as articles arrive.
  var savedPlaces: [String: ReadingPlace] = [:]
  /// The folder relative paths are resolved against for `placeKey`.
  var placeDirectory = ""
  /// The current article laid out for the reading pane.
  public internal(set) var layout: ArticleLayout
  /// The overlay shown, if any.
  public internal(set) var overlay: Overlay?
  /// Whether the discrepancy panel is shown on wide terminals.
  public internal(set) var panelVisible = true
  /// The discrepancy selected in the panel.
  public internal(set) var panelSelection = 0
  /// The selected entity mention, if any.
  public internal(set) var cursor: MentionCursor?
  /// The last search, if any.
  public internal(set) var search: SearchResults?
  /// What `n`/`N` step through.
  public internal(set) var stepping: Stepping = .mentions
  /// A line being typed in the status bar (search or filter), if any.
  public internal(set) var prompt: Prompt?
  /// The entity index's state.
  public internal(set) var entityIndex = EntityIndexState()
  /// Keys pressed that start a longer sequence ("]" of "]c").
  public internal(set) var pendingKeys: [InputEvent] = []
  /// The compare screen, when open.
  public internal(set) var compare: CompareState?
  /// Word statistics for alignment, computed the first time compare opens.
  var statistics: CorpusStatistics?
  /// A one-off message for the status line.
  public internal(set) var statusMessage: String?

  /// What `n`/`N` step through.
  public enum Stepping: Sendable { case mentions, searchMatches }

  /// Creates the state for a corpus and a terminal size.
  public init(
    corpus: Corpus, width: Int, height: Int, theme: Theme = .default, keyMap: KeyMap = .standard,
    loadProblems: [String] = [], loadingTotal: Int? = nil
  ) {
    self.corpus = corpus
    self.loadingTotal = loadingTotal
    self.theme = theme
    self.keyMap = keyMap
    self.width = width
    self.height = height
    self.loadProblems = loadProblems
    self.readingAnchors = Array(repeating: 0, count: corpus.articles.count)
    self.listRows = ArticleListRows(articleCount: corpus.articles.count, stories: nil)
    self.layout = ArticleLayout(
      article: corpus.articles[0], mentions: [], highlights: [],
      width: ReaderGeometry(width: width, height: height, panelVisible: true, focus: .list).textWidth, theme: theme)
    if let first = loadProblems.first {
      statusMessage = loadProblems.count == 1 ? first : "\(first) (and \(loadProblems.count - 1) more)"
    }
  }

  /// The article in the reading pane.
  public var article: Article { corpus.articles[selectedArticle] }

  /// The mentions of an article (none until the analysis arrives).
  public func mentions(ofArticle index: Int) -> [Mention] { analysis?.mentions[index] ?? [] }

  /// Where each pane is on screen now.
  public var geometry: ReaderGeometry {
    ReaderGeometry(width: width, height: height, panelVisible: panelVisible, focus: focus)
  }
}
