/// Whether a figure reports what happened or forecasts what might.
public enum Modality: String, Sendable, Hashable {
  /// A statement of what happened or is.
  case report
  /// A forecast, estimate of the future or possibility ("might reach", "could take", "expected to").
  case projection
}

/// One figure in its context: its value as an interval in base units, what it counts and who is named.
public struct Fact: Sendable, Hashable {
  /// The index of the article in the corpus.
  public var articleIndex: Int
  /// The article's id.
  public var articleID: String
  /// The figure as found in the text.
  public var figure: Figure
  /// The sentence around the figure.
  public var sentence: TextSpan
  /// The clause around the figure (the sentence part between commas, dashes or brackets).
  public var clause: TextSpan
  /// The lower end of the value, in the base unit of its class, after the qualifier; nil when vague.
  public var low: Double?
  /// The upper end of the value, in the base unit of its class, after the qualifier; nil when vague.
  public var high: Double?
  /// The value as stated, in the base unit, before the qualifier; nil when vague.
  public var nominal: Double?
  /// The counted noun with its modifiers ("North Korean troops"), or nil.
  public var noun: String?
  /// The counted noun's head, singular and lowercased ("troop"), or nil.
  public var head: String?
  /// What happened to what is counted ("deaths", "injured", "sent", "waiting"), or nil.
  public var role: String?
  /// The dimension a measure gives ("depth", "length", "distance"), or nil.
  public var dimension: String?
  /// The name that owns the dimension ("Microsoft" in "Microsoft’s shares"), or nil.
  public var owner: String?
  /// The name that does what the role says ("Delta" in "Delta canceled 3,500 flights"), or nil.
  public var agent: String?
  /// Where something moved comes from: its sender ("North Korea sending") or the nationality of what is
  /// counted ("North Korean troops"), as a country where the gazetteer knows one; nil when unsaid.
  public var origin: String?
  /// "part" for a first or additional batch, "capacity" for what something can hold, else nil.
  public var scope: String?
  /// The places named in the clause, sorted; for a toll, the place written nearest the figure in its sentence.
  public var places: [String]
  /// The days of the week named in the clause, sorted.
  public var days: [String]
  /// The names mentioned in the sentence (from the name mentions given).
  public var names: [String]
  /// The period of a sum of money given as a rate ("per hour"); the value is converted to a daily sum.
  public var rate: String?
  /// Report or projection.
  public var modality: Modality

  /// Whether the fact counts the dead, injured or damaged, whose tolls are broken down by place.
  public var isHarm: Bool { role == "deaths" || role == "injured" || role == "critically injured" || role == "damaged" }

  /// The places that tell this fact from the same figure elsewhere: none for a movement (its places are
  /// destinations) or a magnitude (one shock's strength, wherever it was measured).
  public var locatingPlaces: [String] { isMovement || unitClass == .magnitude ? [] : places }

  /// The kind of thing a length, weight, speed or volume measures ("ship"), when a common noun names it;
  /// nil for other figures and for proper names, which cannot be told from a kind ("Given" vs "ship").
  public var measuredOwner: String? {
    switch unitClass {
    case .length, .mass, .speed, .volume: owner.flatMap { $0.first?.isLowercase == true ? $0 : nil }
    default: nil
    }
  }

  /// Whether the fact counts something sent, deployed or arriving: its places are where it goes or comes
  /// from, not where something happened, so they do not make it another fact.
  public var isMovement: Bool { role == "sent" }

  /// The class of the figure's unit.
  public var unitClass: UnitClass { figure.unit.unitClass }
}

extension Fact {
  /// The interval, in minutes, a time of day with a hedge stands for: "about" ±15 minutes,
  /// "shortly after" up to 30 minutes later, "just before" up to 30 minutes earlier.
  static func timeInterval(minutes v: Double, bound: Bound) -> ClosedRange<Double> {
    switch bound {
    case .about: return (v - 15)...(v + 15)
    case .atLeast, .moreThan: return v...(v + 30)
    case .atMost, .lessThan: return (v - 30)...v
    case .exact, .range, .vague: return v...v
    }
  }

  /// The interval a value with a hedge stands for, in the same unit as `value`.
  ///
  /// A hedge keeps the figure near the stated value: "about" ±5 %, "more than" up to 10 % above,
  /// "nearly" and "as many as" up to 10 % below. An exact figure is taken as written.
  static func interval(value: Double, upper: Double?, bound: Bound) -> ClosedRange<Double> {
    let v = value
    let (low, high): (Double, Double) =
      switch bound {
      case .exact: (v, v)
      case .about: (v * 0.95, v * 1.05)
      case .atLeast: (v, v * 1.1)
      case .moreThan: (v.nextUp, v * 1.1)
      case .atMost: (v * 0.9, v)
      case .lessThan: (v * 0.9, v.nextDown)
      case .range: (v, upper ?? v)
      case .vague: (v, v)
      }
    // At zero the bounds cross ("nearly 0" is below 0 × 0.9): keep the range in order.
    return min(low, high)...max(low, high)
  }
}
