/// Every action the reader can take, named, described and grouped for the help screen.
public enum Command: String, CaseIterable, Sendable, Hashable {
  case quit, help, focusNext, focusPrevious, cancel
  case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom, open
  case nextArticle, previousArticle
  case nextEntityOnScreen, previousEntityOnScreen, nextMention, previousMention, entityIndex
  case search
  case nextDiscrepancy, previousDiscrepancy, togglePanel
  case compare, swapSides, pickLeft, pickRight, nextDifference, previousDifference, zoomColumn

  /// The help screen's group for a command.
  public enum Group: String, CaseIterable, Sendable {
    case general = "General"
    case moving = "Moving"
    case entities = "Entities"
    case search = "Search"
    case discrepancies = "Discrepancies"
    case compare = "Compare (side by side)"
  }

  /// What the command does, in a few words.
  public var summary: String {
    switch self {
    case .quit: "quit Parallax"
    case .help: "show or hide this help"
    case .focusNext: "focus the next pane"
    case .focusPrevious: "focus the previous pane"
    case .cancel: "close; clear the entity or search"
    case .moveDown: "next item / scroll down"
    case .moveUp: "previous item / scroll up"
    case .pageDown: "page down"
    case .pageUp: "page up"
    case .halfPageDown: "half a page down"
    case .halfPageUp: "half a page up"
    case .top: "go to the top"
    case .bottom: "go to the bottom"
    case .open: "open the selected item"
    case .nextArticle: "next article"
    case .previousArticle: "previous article"
    case .nextEntityOnScreen: "select the next entity on screen"
    case .previousEntityOnScreen: "select the previous entity on screen"
    case .nextMention: "next mention or match, across articles"
    case .previousMention: "previous mention or match"
    case .entityIndex: "entity index: all entities by type"
    case .search: "search the text (in the index: filter)"
    case .nextDiscrepancy: "next discrepancy in this article"
    case .previousDiscrepancy: "previous discrepancy in this article"
    case .togglePanel: "show or hide the discrepancy panel"
    case .compare: "compare two outlets (at a discrepancy)"
    case .swapSides: "swap the two sides"
    case .pickLeft: "another article on the left"
    case .pickRight: "another article on the right"
    case .nextDifference: "next sentence that differs"
    case .previousDifference: "previous sentence that differs"
    case .zoomColumn: "one column only (left, right) or both"
    }
  }

  /// The group the command belongs to.
  public var group: Group {
    switch self {
    case .quit, .help, .focusNext, .focusPrevious, .cancel: .general
    case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .open, .nextArticle,
      .previousArticle:
      .moving
    case .nextEntityOnScreen, .previousEntityOnScreen, .nextMention, .previousMention, .entityIndex: .entities
    case .search: .search
    case .nextDiscrepancy, .previousDiscrepancy, .togglePanel: .discrepancies
    case .compare, .swapSides, .pickLeft, .pickRight, .nextDifference, .previousDifference, .zoomColumn: .compare
    }
  }
}
