import NewsModel
import TerminalUI

/// Everything that can change the reader's state: input, and results of background work.
public enum Message: Sendable {
  /// A key, mouse action or resize.
  case input(InputEvent)
  /// More articles were read (the reader opens before every file is loaded).
  case articlesLoaded([Article], problems: [String])
  /// Every file has been read; the analysis starts.
  case loadingFinished
  /// The analysis of the corpus finished.
  case analysisReady(Analysis)
}

/// What `update` asks the program to do beyond changing state.
public enum Effect: Sendable, Equatable {
  /// Leave the reader.
  case quit
}

/// The panes of the reader screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
  case list, reading, panel
}

/// A screen drawn over the reader.
public enum Overlay: Sendable, Equatable {
  /// The help screen, scrolled by some lines.
  case help(scroll: Int)
  /// The entity index.
  case entityIndex
  /// One discrepancy opened: every outlet's statement.
  case discrepancy(index: Int, selected: Int)
}
