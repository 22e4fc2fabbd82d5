import NewsModel

/// The selected mention, and so the entity whose mentions are marked and stepped through.
public struct MentionCursor: Sendable, Equatable {
  /// The article of the selected mention.
  public var article: Int
  /// The index of the mention in that article's mentions.
  public var mention: Int
  /// The key shared by every mention of the same entity (its id, or the figure's type and text).
  public var entityKey: String
}

/// The results of a search over every article.
public struct SearchResults: Sendable, Equatable {
  /// What was searched for.
  public var query: String
  /// Every match: article index and span, in reading order.
  public var matches: [(article: Int, span: TextSpan)]
  /// The match the reader is on.
  public var current: Int?

  public static func == (lhs: SearchResults, rhs: SearchResults) -> Bool {
    lhs.query == rhs.query && lhs.current == rhs.current && lhs.matches.map(\.article) == rhs.matches.map(\.article)
      && lhs.matches.map(\.span) == rhs.matches.map(\.span)
  }
}

/// A line typed in the status bar.
public struct Prompt: Sendable, Equatable {
  /// What the line is for.
  public enum Purpose: Sendable, Equatable { case search, filterEntities }
  /// What the line is for.
  public var purpose: Purpose
  /// The text typed so far.
  public var text: String
}

/// The entity index's filter and selection.
public struct EntityIndexState: Sendable, Equatable {
  /// Only entities whose name or a variant contains this (case-insensitive).
  public var filter = ""
  /// The selected row among the entities shown.
  public var selected = 0
  /// The first row shown.
  public var top = 0
}
