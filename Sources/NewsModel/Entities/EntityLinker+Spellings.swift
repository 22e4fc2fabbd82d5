import Foundation

/// One spelling of a name with one type, and where it occurs.
struct Spelling {
  /// The spelling as written.
  let text: String
  /// The mentions' type.
  let type: EntityType
  /// The spelling folded for comparison: lowercase, no diacritics, hyphens and apostrophes as spaces, no dots.
  let folded: String
  /// The words of the folded spelling.
  let words: [String]
  /// The gazetteer entry the spelling names, if any.
  let listedEntry: Int?
  /// (article index, mention index) of every occurrence, in corpus order.
  var occurrences: [(article: Int, mention: Int)] = []

  init(text: String, type: EntityType) {
    self.text = text
    self.type = type
    self.folded = Self.fold(text)
    self.words = folded.split(separator: " ").map(String.init)
    self.listedEntry = Self.listedEntry(text, type: type)
  }

  /// The scalars of the folded spelling.
  var foldedScalars: [Unicode.Scalar] { Array(folded.unicodeScalars) }

  /// Whether the spelling is an acronym: capitals only, a plural "s" allowed ("ATACMs").
  var isAcronym: Bool {
    let letters = text.unicodeScalars.filter(\.isLetterLike)
    guard letters.count >= 2, !text.contains(" ") else { return false }
    return letters.dropLast().allSatisfy(\.isUppercaseLetter) && (letters.last!.isUppercaseLetter || letters.last == "s")
  }

  /// Folds a spelling for comparison.
  static func fold(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
      switch scalar {
      case ".": continue
      case "-", "\u{2010}", "\u{2011}", "\u{2013}", "'", "\u{2019}", "\u{2018}", " ": 
        if let last = result.last, last != " " { result.append(" ") }
      default: result.append(scalar)
      }
    }
    if result.last == " " { result.removeLast() }
    return String(result)
  }

  private static func listedEntry(_ text: String, type: EntityType) -> Int? {
    let gazetteer = Gazetteer.shared
    var index = gazetteer.entryIndex(named: text)
    if index == nil, type == .weapon, text.hasSuffix("s") { index = gazetteer.entryIndex(named: String(text.dropLast())) }
    guard let index, gazetteer.entries[index].type == type else { return nil }
    return index
  }
}

/// The distinct spellings of a corpus, in order of first appearance.
struct SpellingTable {
  /// Every spelling.
  private(set) var all: [Spelling] = []
  private var index: [String: Int] = [:]

  /// Records one occurrence of a spelling and returns the spelling's index.
  @discardableResult
  mutating func add(_ text: String, type: EntityType, article: Int, mention: Int) -> Int {
    let key = type.rawValue + "\u{0}" + text
    if let existing = index[key] {
      all[existing].occurrences.append((article, mention))
      return existing
    }
    index[key] = all.count
    var spelling = Spelling(text: text, type: type)
    spelling.occurrences.append((article, mention))
    all.append(spelling)
    return all.count - 1
  }
}

/// Disjoint sets of spellings, joined with path halving.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  /// The representative of an element's set.
  mutating func find(_ element: Int) -> Int {
    var node = element
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  /// Joins two sets; the smaller index stays the root, so roots are stable.
  mutating func union(_ a: Int, _ b: Int) {
    let rootA = find(a)
    let rootB = find(b)
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
