/// Groups facts about the same thing across articles, in hash buckets, and judges each group.
enum FactGrouper {
  /// What two facts must share to be about the same thing.
  struct Key: Hashable {
    var unitClass: UnitClass
    var subject: String
    var places: [String]
    var days: [String]
    var modality: Modality
    var currency: String
    var scope: String
    var agent: String
  }

  /// The grouping key of a fact, or nil when the fact says too little about what it measures.
  static func key(for fact: Fact) -> Key? {
    guard fact.nominal != nil else { return nil }
    let subject: String?
    switch fact.unitClass {
    case .count:
      subject = fact.head == nil && fact.isHarm ? fact.role : fact.head
    case .percent, .duration: subject = fact.head ?? fact.dimension.map { (fact.owner.map { $0 + " " } ?? "") + $0 }
    case .magnitude: subject = fact.dimension == "aftershock" ? "aftershock" : "quake"
    case .money:
      subject = fact.dimension.map { (fact.owner.map { $0 + " " } ?? "") + $0 + (fact.rate == nil ? "" : " per day") }
    case .length, .mass, .speed, .volume: subject = fact.dimension  // owners split later, unnamed ones join in
    case .date, .time: subject = nil
    }
    guard let subject else { return nil }
    let currency = fact.unitClass == .money ? fact.figure.unit.name : ""
    return Key(
      unitClass: fact.unitClass, subject: subject, places: fact.isHarm ? fact.places.map(Spelling.fold) : [],
      days: fact.unitClass == .magnitude && fact.dimension == "aftershock" ? fact.days : [], modality: fact.modality, currency: currency,
      scope: fact.scope == "capacity" && fact.unitClass != .count ? "" : fact.scope ?? "", agent: fact.isMovement ? "" : fact.agent ?? "")
  }

  /// The number discrepancies among facts: conflicts, hedges, agreements after conversion, and coverage.
  static func discrepancies(_ facts: [Fact], corpus: Corpus) -> [Discrepancy] {
    var buckets: [Key: [Fact]] = [:]
    var order: [Key] = []
    for fact in facts {
      guard let key = key(for: fact) else { continue }
      if buckets[key] == nil { order.append(key) }
      buckets[key, default: []].append(fact)
    }
    var result: [Discrepancy] = []
    for key in order {
      let bucket = buckets[key]!
      if Set(bucket.map(\.articleIndex)).count == 1 {
        if let discrepancy = coverage(bucket, key: key, corpus: corpus) { result.append(discrepancy) }
        continue
      }
      let groups = splitByRole(bucket).flatMap(splitByPlace).flatMap { split($0, by: \.origin) }
        .flatMap { split($0, by: \.measuredOwner) }
      for group in groups {
        if let discrepancy = judge(group, key: key, corpus: corpus) { result.append(discrepancy) }
      }
    }
    return result
  }

  /// Splits a bucket whose facts name different roles ("sent" vs "killed"); facts naming none then stay out.
  ///
  /// A toll is a toll only when its sentence says so: a count with no role never joins a group of
  /// deaths or injuries ("eight workers were on the bridge" is not "six workers presumed dead").
  static func splitByRole(_ facts: [Fact]) -> [[Fact]] {
    var roles: [String] = []
    for fact in facts { if let role = fact.role, !roles.contains(role) { roles.append(role) } }
    if roles.count == 1, facts.contains(where: { $0.role != nil && $0.isHarm }) {
      return [facts.filter { $0.role != nil }]
    }
    guard roles.count > 1 else { return [facts] }
    return roles.map { role in facts.filter { $0.role == role } }
  }

  /// Splits a group whose facts name places that do not overlap; facts naming none stay with the only
  /// place when there is one, and form their own group when there are several. Only `locatingPlaces` count:
  /// where troops are sent or arrive never splits a deployment.
  static func splitByPlace(_ facts: [Fact]) -> [[Fact]] {
    var clusters: [[String]: [Fact]] = [:]
    var order: [[String]] = []
    var unplaced: [Fact] = []
    for fact in facts {
      let places = fact.locatingPlaces
      guard !places.isEmpty else {
        unplaced.append(fact)
        continue
      }
      let match = order.first { !Set($0).isDisjoint(with: places) } ?? places
      if clusters[match] == nil { order.append(match) }
      clusters[match, default: []].append(fact)
    }
    guard order.count > 1 else { return [facts] }
    return order.map { clusters[$0]! } + (unplaced.isEmpty ? [] : [unplaced])
  }

  /// Splits a group whose facts give different values of an attribute: movements from different origins
  /// ("Spain has sent" vs "Britain has sent"), measures of different things ("a 400-metre ship" vs "a
  /// 200-metre channel"); facts giving none stay with the only value when there is one, and form their
  /// own group when there are several.
  static func split(_ facts: [Fact], by attribute: (Fact) -> String?) -> [[Fact]] {
    var clusters: [String: [Fact]] = [:]
    var order: [String] = []
    var unknown: [Fact] = []
    for fact in facts {
      guard let origin = attribute(fact) else {
        unknown.append(fact)
        continue
      }
      if clusters[origin] == nil { order.append(origin) }
      clusters[origin, default: []].append(fact)
    }
    guard order.count > 1 else { return [facts] }
    return order.map { clusters[$0]! } + (unknown.isEmpty ? [] : [unknown])
  }

  /// The discrepancy a group of facts makes, or nil when there is nothing to show.
  static func judge(_ group: [Fact], key: Key, corpus: Corpus) -> Discrepancy? {
    let articles = Set(group.map(\.articleIndex))
    guard articles.count > 1 else { return nil }
    let nominals = group.compactMap(\.nominal)
    guard let minNominal = nominals.min(), let maxNominal = nominals.max() else { return nil }
    let needsConversion = group.contains {
      $0.figure.unit.needsConversion(to: group[0].figure.unit) || $0.rate != group[0].rate
    }
    let tolerance = needsConversion ? 0.03 : 0.0
    var verdict: Discrepancy.Verdict
    var severity: Discrepancy.Severity
    let bounds = Set(group.map(\.figure.bound))
    if maxNominal <= minNominal * (1 + max(tolerance, 0.005)) {
      if needsConversion {
        (verdict, severity) = (.agreeAfterConversion, .low)
      } else if bounds.count > 1, bounds.contains(where: \.isDirectional) {
        (verdict, severity) = (.hedged, .medium)
      } else {
        return nil
      }
    } else if let gap = widestGap(group), gap > 1 + tolerance {
      (verdict, severity) = (.conflict, gap > 1.1 ? .high : .medium)
    } else if needsConversion {
      (verdict, severity) = (.agreeAfterConversion, .low)
    } else {
      return nil
    }
    let kind: Discrepancy.Kind = key.unitClass == .duration ? .date : .number
    return Discrepancy(
      kind: kind, subject: subject(group, key: key), verdict: verdict, severity: severity,
      statements: group.map { statement($0, corpus: corpus) },
      conversion: verdict == .agreeAfterConversion ? conversion(group) : nil)
  }

  /// The largest ratio of one article's lower end to another article's upper end, in one linear pass;
  /// above 1 the two statements cannot both be true.
  static func widestGap(_ group: [Fact]) -> Double? {
    var maxLow: [Int: Double] = [:]
    var minHigh: [Int: Double] = [:]
    for fact in group {
      guard let low = fact.low, let high = fact.high else { continue }
      maxLow[fact.articleIndex] = max(maxLow[fact.articleIndex] ?? -.infinity, low)
      minHigh[fact.articleIndex] = min(minHigh[fact.articleIndex] ?? .infinity, high)
    }
    let highs = minHigh.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
    guard highs.count > 1 else { return nil }
    var widest: Double?
    for (article, low) in maxLow {
      let other = highs[0].key != article ? highs[0].value : highs[1].value
      guard other > 0 else { continue }
      widest = max(widest ?? 0, low / other)
    }
    return widest
  }

  /// A single-outlet count worth listing (informational): a report about something named by noun or role.
  static func coverage(_ group: [Fact], key: Key, corpus: Corpus) -> Discrepancy? {
    guard corpus.articles.count > 2, key.unitClass == .count, key.modality == .report,
      group.contains(where: { $0.role != nil && $0.noun != nil })
    else { return nil }
    let fact = group[0]
    return Discrepancy(
      kind: .coverage, subject: subject(group, key: key), verdict: .differentStatement, severity: .info,
      statements: [statement(fact, corpus: corpus)])
  }
}
