/// Word lists that tell what a figure is about: its role, dimension, place and modality.
enum FactContext {
  /// Words that tell what happened to what is counted, by the role they stand for.
  static let roles: [String: String] = {
    var result: [String: String] = [:]
    let groups: [(String, [String])] = [
      ("deaths", ["killed", "kills", "kill", "killing", "dead", "died", "die", "deaths", "death", "toll", "fatalities", "lives", "bodies"]),
      ("injured", ["injured", "injuring", "wounded", "wounding", "hurt", "injuries"]),
      ("damaged", ["damaged", "destroyed"]),
      ("sent", [
        "sent", "send", "sending", "deployed", "deploy", "deploying", "dispatched", "stationed", "deployment", "arrived",
        "arriving", "arrival",
      ]),
      ("waiting", ["waiting", "queued", "stuck", "stranded", "held", "waited", "queue"]),
      ("cancelled", ["cancelled", "canceled", "scrapped", "cancellations"]),
      ("delayed", ["delayed", "delays"]),
      ("affected", ["affected", "crashed", "impacted"]),
      ("displaced", ["displaced", "homeless", "evacuated", "fled"]),
      ("arrested", ["arrested", "detained"]),
      ("rescued", ["rescued", "saved"]),
    ]
    for (role, words) in groups { for word in words { result[word] = role } }
    return result
  }()

  /// Words that name a shock, whose magnitude a bare number before them gives ("a 6.8 earthquake").
  static let shocks: Set<String> = ["quake", "earthquake", "tremor", "aftershock", "mainshock", "temblor"]

  /// Words that sharpen an injury count into critical injuries.
  static let critical: Set<String> = ["critical", "critically", "seriously", "severely", "serious"]

  /// Words that name the dimension of a measure.
  static let dimensions: [String: String] = [
    "deep": "depth", "depth": "depth", "down": "depth", "below": "depth", "beneath": "depth", "underground": "depth",
    "hypocentre": "depth", "hypocenter": "depth", "long": "length", "length": "length", "wide": "width",
    "width": "width", "beam": "width", "high": "height", "tall": "height", "height": "height", "range": "distance",
    "weighs": "weight", "weight": "weight", "weighing": "weight", "tonnage": "tonnage", "gross": "tonnage",
    "wind": "wind", "winds": "wind", "gusts": "wind", "gusting": "wind", "speed": "speed",
    "sand": "dredged", "dredged": "dredged", "aftershock": "aftershock",
    "quake": "quake", "earthquake": "quake", "tremor": "quake", "mainshock": "quake",
    "revenue": "revenue", "losses": "losses", "loss": "losses", "trade": "trade", "goods": "trade",
    "cargo": "trade", "aid": "aid", "value": "value", "worth": "trade", "cost": "cost", "damage": "damage",
    "assistance": "aid", "away": "distance", "distance": "distance", "north": "distance", "south": "distance",
    "east": "distance", "west": "distance", "northeast": "distance", "northwest": "distance", "southeast": "distance",
    "southwest": "distance", "measures": "length", "measuring": "length", "longer": "length", "shares": "shares", "stock": "shares", "gdp": "gdp", "mourning": "mourning", "capacity": "capacity",
  ]

  /// Words that narrow a count to a part ("a first team") or widen it to a capacity ("can carry").
  static let scopes: [String: String] = [
    "first": "part", "initial": "part", "another": "part", "additional": "part", "further": "part", "extra": "part",
    "capacity": "capacity", "can": "capacity", "capable": "capacity", "able": "capacity",
    "westbound": "westbound", "eastbound": "eastbound", "northbound": "northbound", "southbound": "southbound",
    "inbound": "inbound", "outbound": "outbound",
  ]

  /// Dimension adjectives written after a measure, whose noun comes before it ("a channel 200 metres wide").
  static let adjectiveDimensions: Set<String> = ["wide", "long", "high", "tall", "deep"]

  /// The dimension a measure written as an adjective gives its noun ("a 400-metre ship", "a 200,000-tonne ship").
  static let adjectiveMeasures: [UnitClass: String] = [.length: "length", .mass: "weight"]

  /// Dimension words that mean a length only next to a length ("down" in "18.5 kilometres down", not "closed down 11%").
  static let lengthOnly: Set<String> = ["down", "below", "beneath", "long", "high", "measures", "measuring", "longer"]

  /// Dimensions that only a measure of one class can give ("weighs" is no dimension of "a 399-metre vessel").
  static let dimensionClasses: [String: UnitClass] = [
    "weight": .mass, "length": .length, "width": .length, "height": .length, "depth": .length,
  ]

  /// Words marking a figure as a forecast or possibility.
  static let projections: Set<String> = [
    "might", "could", "would", "may", "should", "will", "expected", "expects", "expect", "forecast",
    "forecasts", "projected", "projection", "predicted", "predicts", "likely", "possible", "potentially",
    "plans", "planned", "aims",
  ]

  /// Prepositions after which a capitalised word names a place.
  static let placePrepositions: Set<String> = ["in", "at", "near", "off", "from", "outside", "across", "inside", "on", "of"]

  /// How many tokens either side of a toll its place may be written.
  static let tollPlaceReach = 40

  /// How many tokens either side of a figure its sentence is read.
  static let reach = 60

  /// Words that set a count's scope to the whole world or country, which no single place shares.
  static let wideScopes: [String: String] = [
    "worldwide": "worldwide", "globally": "worldwide", "internationally": "worldwide", "nationwide": "nationwide",
  ]

  /// Nouns after a capitalised word that make it a place ("Taroudant province").
  static let placeNouns: Set<String> = [
    "province", "region", "city", "district", "county", "state", "oblast", "port", "airport", "village",
  ]

  /// Words that never belong to a counted noun phrase.
  static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "from", "with", "by", "for", "as", "than",
    "were", "was", "had", "have", "has", "are", "is", "be", "been", "being", "who", "that", "which", "more",
    "less", "this", "these", "those", "their", "its", "his", "her", "them", "they", "it", "into", "after",
    "before", "since", "over", "under", "about", "while", "when", "where", "per", "each", "a", "later",
    "earlier", "ago", "now", "all", "left", "worldwide", "globally", "nationwide", "overall", "alone", "will", "would", "could", "might", "may", "can", "said", "says",
  ]

  /// Head nouns that name the same thing, mapped to one word.
  static let synonyms: [String: String] = [
    "vessel": "ship", "boat": "ship", "tugboat": "tug", "computer": "device", "pc": "device",
    "machine": "device", "person": "people", "civilian": "people", "resident": "people", "victim": "people",
    "casualty": "people", "force": "troop", "villager": "people", "inhabitant": "people",
  ]

  /// Heads that only say "people" and give way to the role.
  static let genericHeads: Set<String> = ["people"]

  /// Whether a word looks like a nationality adjective ("Russian", "Korean", "Chinese", "British").
  static func isDemonym(_ word: String) -> Bool {
    ["ian", "ean", "ese", "ish", "an"].contains { word.hasSuffix($0) }
  }

  /// The singular, lowercased, synonym-mapped head of a noun ("vessels" → "ship").
  static func normalizedHead(_ word: String) -> String {
    var w = word.lowercased()
    let scalars = Array(word.unicodeScalars)
    if scalars.count >= 3, scalars[scalars.count - 1] == "s", scalars[scalars.count - 2].isUppercaseLetter {
      w.removeLast()  // an acronym's plural: "PCs", "ATMs"
    } else if w.count > 4, w.hasSuffix("ies") {
      w = String(w.dropLast(3)) + "y"
    } else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us") {
      w.removeLast()
    }
    return synonyms[w] ?? w
  }
}
