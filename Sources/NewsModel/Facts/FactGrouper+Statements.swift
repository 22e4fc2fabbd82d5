/// How a group of facts is described: subject, statements and conversions.
extension FactGrouper {
  /// A short human description of what a group of facts is about.
  static func subject(_ group: [Fact], key: Key) -> String {
    var counts: [String: Int] = [:]
    for fact in group { if let noun = fact.noun { counts[noun, default: 0] += 1 } }
    let noun = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    var parts: [String] = []
    switch key.unitClass {
    case .count:
      parts.append(noun ?? "people")
      if let role = group.compactMap(\.role).first { parts.append(role) }
    case .magnitude: parts.append(key.subject + " magnitude")
    case .percent: parts.append("share of " + (noun ?? key.subject))
    default: parts.append(key.subject)
    }
    if !key.places.isEmpty { parts.append("in " + group[0].places.joined(separator: ", ")) }
    if !key.days.isEmpty { parts.append("on " + key.days.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ", ")) }
    if key.modality == .projection { parts.append("(projection)") }
    return parts.joined(separator: " ")
  }

  /// One outlet's statement of a fact.
  static func statement(_ fact: Fact, corpus: Corpus) -> Statement {
    let article = corpus.articles[fact.articleIndex]
    let figure = fact.figure
    let unit: String
    if figure.unit.unitClass == .count {
      unit = fact.noun.map { String($0.split(separator: " ").last ?? Substring($0)) } ?? fact.role ?? "count"
    } else {
      unit = figure.unit.name + (fact.rate.map { " " + $0 } ?? "")
    }
    var value = StatedValue(low: figure.value, high: figure.upper ?? figure.value, unit: unit, qualifier: figure.qualifier)
    if figure.unit.unitClass == .time, let minutes = figure.value {
      value.unit = figure.zone ?? "local time"
      value.clock = clock(minutes)
    }
    return Statement(
      articleID: article.id, span: fact.sentence, text: article.string(in: fact.sentence), figure: figure.span,
      value: value)
  }

  /// The conversions that make a group agree, into the first fact's unit ("190 mi = 305.8 km").
  static func conversion(_ group: [Fact]) -> String? {
    guard let target = group.first, let targetValue = target.figure.value, let targetBase = target.nominal,
      targetValue > 0
    else { return nil }
    let factor = targetBase / targetValue
    var parts: [String] = []
    for fact in group where fact.figure.unit.name != target.figure.unit.name || fact.rate != target.rate {
      guard let value = fact.figure.value, let base = fact.nominal else { continue }
      let part = "\(format(value)) \(label(fact)) = \(format(base / factor)) \(label(target))"
      if !parts.contains(part) { parts.append(part) }
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// A unit with its rate ("USD per hour").
  static func label(_ fact: Fact) -> String {
    fact.figure.unit.name + (fact.rate.map { " " + $0 } ?? "")
  }

  /// A number for people: grouped thousands, at most one decimal unless smaller than 10.
  static func format(_ value: Double) -> String {
    guard abs(value) < 1e15 else { return "\(value)" }  // too large for Int and grouping: "1e+20", "inf"
    if value >= 1e9, (value / 1e8).rounded() == value / 1e8 { return format(value / 1e9) + " billion" }
    if value >= 1e6, (value / 1e5).rounded() == value / 1e5 { return format(value / 1e6) + " million" }
    let digits = abs(value) < 10 ? 2 : (abs(value) < 1000 ? 1 : 0)
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded() {
      let whole = Int(rounded)
      var text = String(abs(whole))
      var index = text.count - 3
      while index > 0 {
        text.insert(",", at: text.index(text.startIndex, offsetBy: index))
        index -= 3
      }
      return (whole < 0 ? "-" : "") + text
    }
    return String(rounded)
  }
}
