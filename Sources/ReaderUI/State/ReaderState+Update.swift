import NewsModel
import TerminalUI

extension ReaderState {
  /// Applies a message; returns what the program must do beyond that.
  public mutating func update(_ message: Message) -> [Effect] {
    defer { if focus == .reading { readArticles.insert(selectedArticle) } }
    switch message {
    case .analysisReady(let analysis):
      self.analysis = analysis
      directory = MentionDirectory(corpus: corpus, analysis: analysis)
      listRows = ArticleListRows(articleCount: corpus.articles.count, stories: analysis.stories)
      relayout()
      return []
    case .articlesLoaded(let articles, let problems):
      let firstNew = corpus.articles.count
      corpus = corpus.appending(articles)
      readingAnchors += Array(repeating: 0, count: corpus.articles.count - readingAnchors.count)
      applyReadingPlaces(from: firstNew)
      listRows = ArticleListRows(articleCount: corpus.articles.count, stories: nil)
      if !problems.isEmpty {
        loadProblems += problems
        statusMessage = loadProblems.count == 1 ? loadProblems[0] : "\(loadProblems[0]) (and \(loadProblems.count - 1) more)"
      }
      return []
    case .loadingFinished:
      loadingTotal = nil
      return []
    case .input(let event):
      return handle(event)
    }
  }

  private mutating func handle(_ event: InputEvent) -> [Effect] {
    switch event {
    case .resize(let newWidth, let newHeight):
      resize(width: newWidth, height: newHeight)
      return []
    case .mouse(let mouse):
      handleMouse(mouse)
      return []
    default:
      break
    }
    if prompt != nil {
      handlePromptKey(event)
      return []
    }
    let keys = pendingKeys + [event]
    switch keyMap.lookup(keys) {
    case .command(let command):
      pendingKeys = []
      statusMessage = nil
      return run(command)
    case .prefix:
      pendingKeys = keys
      return []
    case .none:
      pendingKeys = []
      if keys.count > 1 { return handle(event) }
      statusMessage = "\(KeyMap.name(event)) does nothing here · ? shows the keys"
      return []
    }
  }

  /// Runs a command.
  mutating func run(_ command: Command) -> [Effect] {
    if overlay == nil, compare != nil, runCompare(command) { return [] }
    switch command {
    case .quit: return [.quit]
    case .help: overlay = overlay == .help(scroll: 0) || isHelpOpen ? nil : .help(scroll: 0)
    case .cancel: cancel()
    case .focusNext: cycleFocus(by: 1)
    case .focusPrevious: cycleFocus(by: -1)
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .halfPageDown: move(by: max(1, pageSize / 2))
    case .halfPageUp: move(by: -max(1, pageSize / 2))
    case .top: move(by: -Int.max / 2)
    case .bottom: move(by: Int.max / 2)
    case .open: open()
    case .nextArticle: selectArticle(listRows.article(from: selectedArticle, movingBy: 1))
    case .previousArticle: selectArticle(listRows.article(from: selectedArticle, movingBy: -1))
    case .nextEntityOnScreen: selectEntityOnScreen(forward: true)
    case .previousEntityOnScreen: selectEntityOnScreen(forward: false)
    case .nextMention: step(forward: true)
    case .previousMention: step(forward: false)
    case .entityIndex: overlay = overlay == .entityIndex ? nil : .entityIndex
    case .search:
      prompt = Prompt(purpose: overlay == .entityIndex ? .filterEntities : .search, text: "")
    case .nextDiscrepancy: stepDiscrepancy(forward: true)
    case .previousDiscrepancy: stepDiscrepancy(forward: false)
    case .compare:
      if case .discrepancy(let index, let selected) = overlay {
        compareDiscrepancy(index, statement: selected)
      } else if overlay == nil, focus == .panel, analysis?.discrepancies.isEmpty == false {
        compareDiscrepancy(panelSelection, statement: 0)
      } else {
        toggleCompare()
      }
    case .swapSides, .pickLeft, .pickRight, .nextDifference, .previousDifference, .zoomColumn:
      statusMessage = "c opens the compare screen first"
    case .togglePanel:
      panelVisible.toggle()
      if !panelVisible, focus == .panel { focus = .reading }
      relayout()
    }
    return []
  }

  var isHelpOpen: Bool {
    if case .help = overlay { return true }
    return false
  }

  /// Rows a page moves in the focused pane.
  var pageSize: Int { max(1, ReaderGeometry.content(of: geometry.reading).height - 2) }

  private mutating func cancel() {
    if overlay != nil {
      overlay = nil
    } else if cursor != nil || search != nil {
      cursor = nil
      search = nil
      stepping = .mentions
      relayout()
    }
  }

  private mutating func cycleFocus(by step: Int) {
    let panes = Pane.allCases.filter { $0 != .panel || panelVisible || width < 110 }
    let index = panes.firstIndex(of: focus) ?? 0
    focus = panes[(index + step + panes.count) % panes.count]
    relayoutIfWidthChanged()
  }

  private mutating func open() {
    switch overlay {
    case .entityIndex: jumpToSelectedEntity()
    case .discrepancy(let index, let selected): jumpToStatement(discrepancy: index, statement: selected)
    case .help: overlay = nil
    case nil:
      switch focus {
      case .list: focus = .reading
      case .reading: selectEntityOnScreen(forward: true)
      case .panel: openDiscrepancy()
      }
    }
  }

  mutating func resize(width newWidth: Int, height newHeight: Int) {
    let anchor = layout.sourceOffset(atLine: readingTop) ?? 0
    width = max(1, newWidth)
    height = max(1, newHeight)
    relayout()
    readingTop = anchor == 0 ? 0 : (layout.lineIndex(containing: anchor) ?? 0)
    clampReading()
    keepListSelectionVisible()
  }
}
