/// How a hedge bounds the figure it qualifies.
public enum Bound: String, Sendable, Hashable {
  /// No hedge: the figure as stated.
  case exact
  /// "about", "around", "some", "roughly": near the figure on either side.
  case about
  /// "at least": the figure or more.
  case atLeast = "at least"
  /// "more than", "over", "exceeding": above the figure.
  case moreThan = "more than"
  /// "as many as", "up to", "at most": the figure or less, near it.
  case atMost = "at most"
  /// "almost", "nearly", "less than": below the figure.
  case lessThan = "less than"
  /// "between X and Y", "X to Y": a stated range.
  case range
  /// "thousands", "dozens": no number given.
  case vague

  /// Whether the hedge points one way (above or below the figure).
  public var isDirectional: Bool {
    switch self {
    case .atLeast, .moreThan, .atMost, .lessThan: true
    case .exact, .about, .range, .vague: false
    }
  }

  /// Whether the hedge points above the figure.
  var pointsUp: Bool { self == .atLeast || self == .moreThan }
}

/// The approximators that precede a figure, stay outside its span and become its qualifier.
enum QualifierLexicon {
  /// Qualifier phrases as word sequences, longest first, with their bound.
  static let phrases: [([String], Bound)] = [
    (["no", "more", "than"], .atMost), (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
    (["as", "few", "as"], .atLeast), (["well", "over"], .moreThan), (["just", "over"], .moreThan),
    (["just", "under"], .lessThan), (["more", "than"], .moreThan), (["less", "than"], .lessThan),
    (["fewer", "than"], .lessThan), (["at", "least"], .atLeast), (["at", "most"], .atMost),
    (["up", "to"], .atMost), (["close", "to"], .lessThan), (["shortly", "after"], .moreThan),
    (["just", "after"], .moreThan), (["shortly", "before"], .lessThan), (["an", "estimated"], .about),
    (["about"], .about), (["around"], .about), (["roughly"], .about), (["approximately"], .about),
    (["some"], .about), (["nearly"], .lessThan), (["almost"], .lessThan), (["over"], .moreThan),
    (["exceeding"], .moreThan), (["surpassing"], .moreThan), (["above"], .moreThan), (["under"], .lessThan),
    (["below"], .lessThan), (["passes"], .moreThan), (["passed"], .moreThan),
    (["tops"], .moreThan), (["topped"], .moreThan), (["nearing"], .lessThan), (["approaching"], .lessThan),
  ]

  /// The longest qualifier phrase ending right before `end` in the lowercased words, if any.
  static func match(endingBefore end: Int, words: (Int) -> String?) -> (length: Int, bound: Bound)? {
    for (phrase, bound) in phrases where phrase.count <= end {
      var matches = true
      for (offset, word) in phrase.enumerated() where words(end - phrase.count + offset) != word {
        matches = false
        break
      }
      if matches { return (phrase.count, bound) }
    }
    return nil
  }
}
