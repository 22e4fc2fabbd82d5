/// The kinds of mention Parallax recognises, named as in the JSON contract.
public enum EntityType: String, CaseIterable, Sendable, Hashable, Codable {
  /// People, by name, without titles.
  case person = "PERSON"
  /// Organisations: NATO, the Kremlin, the interior ministry's name.
  case organization = "ORG"
  /// Countries, cities, regions.
  case geopolitical = "GPE"
  /// Nationalities and groups: Russian, North Korean, Western.
  case nationality = "NORP"
  /// Weapon systems by name or designation: ATACMS, Storm Shadow, F-16.
  case weapon = "WEAPON"
  /// Named events: G20 summit.
  case event = "EVENT"
  /// Dates, days, durations with a number.
  case date = "DATE"
  /// Counts and measures.
  case quantity = "QUANTITY"
  /// Sums of money.
  case money = "MONEY"

  /// Whether the type names something (as opposed to a figure or a date).
  public var isName: Bool {
    switch self {
    case .person, .organization, .geopolitical, .nationality, .weapon, .event: true
    case .date, .quantity, .money: false
    }
  }
}
