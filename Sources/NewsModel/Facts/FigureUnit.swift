/// What a figure measures: the class its unit belongs to.
public enum UnitClass: String, Sendable, Hashable, CaseIterable {
  /// A count of things ("10,000 troops").
  case count
  /// A length or distance; base unit the metre.
  case length
  /// A mass; base unit the kilogram.
  case mass
  /// A speed; base unit the kilometre per hour.
  case speed
  /// A volume; base unit the cubic metre.
  case volume
  /// A duration; base unit the hour.
  case duration
  /// A share in percent.
  case percent
  /// An earthquake magnitude.
  case magnitude
  /// A sum of money; base unit the US dollar (other currencies are kept apart by unit name).
  case money
  /// A calendar date.
  case date
  /// A time of day; base unit the minute after midnight UTC.
  case time
}

/// A unit as written, with its class and the factor that converts it to the class's base unit.
public struct FigureUnit: Sendable, Hashable {
  /// A short name for the unit ("km", "mi", "USD", "hours").
  public var name: String
  /// The class the unit belongs to.
  public var unitClass: UnitClass
  /// Multiply a value in this unit by `factor` to get the base unit of the class.
  public var factor: Double

  /// Creates a unit.
  public init(name: String, unitClass: UnitClass, factor: Double = 1) {
    self.name = name
    self.unitClass = unitClass
    self.factor = factor
  }

  /// A bare count.
  public static let count = FigureUnit(name: "count", unitClass: .count)
  /// Percent.
  public static let percent = FigureUnit(name: "%", unitClass: .percent)
  /// An earthquake magnitude.
  public static let magnitude = FigureUnit(name: "magnitude", unitClass: .magnitude)
  /// A calendar date.
  public static let date = FigureUnit(name: "date", unitClass: .date)
  /// A time of day in minutes after midnight UTC.
  public static let timeOfDay = FigureUnit(name: "UTC", unitClass: .time)

  /// Whether two units measure the same thing in different units (so a match needs conversion).
  public func needsConversion(to other: FigureUnit) -> Bool {
    unitClass == other.unitClass && name != other.name && factor != other.factor
  }
}

/// The units Parallax converts between, by the lowercased word that names them.
enum UnitLexicon {
  static let metre = FigureUnit(name: "m", unitClass: .length)
  static let kilometre = FigureUnit(name: "km", unitClass: .length, factor: 1000)
  static let foot = FigureUnit(name: "ft", unitClass: .length, factor: 0.3048)
  static let mile = FigureUnit(name: "mi", unitClass: .length, factor: 1609.344)
  static let nauticalMile = FigureUnit(name: "nmi", unitClass: .length, factor: 1852)
  static let tonne = FigureUnit(name: "t", unitClass: .mass, factor: 1000)
  static let shortTon = FigureUnit(name: "short tons", unitClass: .mass, factor: 907.18474)
  static let cubicMetre = FigureUnit(name: "m³", unitClass: .volume)
  static let hour = FigureUnit(name: "hours", unitClass: .duration)

  /// Single words naming a measure unit.
  static let words: [String: FigureUnit] = [
    "km": kilometre, "kilometre": kilometre, "kilometres": kilometre, "kilometer": kilometre, "kilometers": kilometre,
    "m": metre, "metre": metre, "metres": metre, "meter": metre, "meters": metre,
    "cm": FigureUnit(name: "cm", unitClass: .length, factor: 0.01),
    "ft": foot, "foot": foot, "feet": foot,
    "yard": FigureUnit(name: "yd", unitClass: .length, factor: 0.9144),
    "yards": FigureUnit(name: "yd", unitClass: .length, factor: 0.9144),
    "mile": mile, "miles": mile, "mi": mile,
    "tonne": tonne, "tonnes": tonne, "ton": shortTon, "tons": shortTon,
    "kg": FigureUnit(name: "kg", unitClass: .mass), "kilograms": FigureUnit(name: "kg", unitClass: .mass),
    "pounds": FigureUnit(name: "lb", unitClass: .mass, factor: 0.45359237),
    "knots": FigureUnit(name: "kn", unitClass: .speed, factor: 1.852),
    "knot": FigureUnit(name: "kn", unitClass: .speed, factor: 1.852),
    "mph": FigureUnit(name: "mph", unitClass: .speed, factor: 1.609344),
    "kph": FigureUnit(name: "km/h", unitClass: .speed),
    "magnitude": FigureUnit.magnitude,
  ]

  /// Two-word units: the first word, then the second.
  static let pairs: [String: [String: FigureUnit]] = [
    "nautical": ["miles": nauticalMile, "mile": nauticalMile],
    "short": ["tons": shortTon, "ton": shortTon],
    "metric": ["tons": tonne, "tonnes": tonne],
    "cubic": ["metres": cubicMetre, "meters": cubicMetre, "m": cubicMetre],
    "square": [
      "kilometres": FigureUnit(name: "km²", unitClass: .length, factor: 1e6),
      "kilometers": FigureUnit(name: "km²", unitClass: .length, factor: 1e6),
      "miles": FigureUnit(name: "mi²", unitClass: .length, factor: 2_589_988),
    ],
  ]

  /// Words naming a duration, with their length in hours.
  static let durations: [String: FigureUnit] = {
    var result: [String: FigureUnit] = [:]
    let hours: [(String, Double)] = [
      ("second", 1.0 / 3600), ("minute", 1.0 / 60), ("hour", 1), ("day", 24), ("week", 168),
      ("month", 730.5), ("year", 8766), ("decade", 87660),
    ]
    for (word, factor) in hours {
      let unit = FigureUnit(name: word + "s", unitClass: .duration, factor: factor)
      result[word] = unit
      result[word + "s"] = unit
    }
    return result
  }()

  /// Currency signs and words, by the unit they name.
  static let currencySigns: [Unicode.Scalar: FigureUnit] = [
    "$": FigureUnit(name: "USD", unitClass: .money), "£": FigureUnit(name: "GBP", unitClass: .money),
    "€": FigureUnit(name: "EUR", unitClass: .money),
  ]

  /// Currency words written after the figure ("5 million dollars").
  static let currencyWords: [String: FigureUnit] = [
    "dollars": FigureUnit(name: "USD", unitClass: .money), "euros": FigureUnit(name: "EUR", unitClass: .money),
  ]
}
