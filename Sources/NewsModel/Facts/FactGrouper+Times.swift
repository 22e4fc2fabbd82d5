/// Times of day: local times resolved through a time given in both zones, then matched across outlets.
extension FactGrouper {
  /// The offset of "local time" from UTC in minutes, learned from sentences that give a local time
  /// next to a time with a known zone ("23:11 local time (22:11 GMT)"); nil unless all such pairs agree.
  static func localOffset(_ facts: [Fact]) -> Int? {
    var offsets: Set<Int> = []
    var previous: Fact?
    for fact in facts where fact.unitClass == .time {
      defer { previous = fact }
      guard let other = previous, other.articleIndex == fact.articleIndex, other.sentence == fact.sentence,
        let a = other.figure.value, let b = fact.figure.value
      else { continue }
      let (local, known) = other.figure.isLocalTime ? (a, fact) : (b, other)
      guard other.figure.isLocalTime != fact.figure.isLocalTime, let offsets0 = known.figure.utcOffsets,
        offsets0.lowerBound == offsets0.upperBound, let knownValue = known.figure.value
      else { continue }
      var offset = Int(local - knownValue) + offsets0.lowerBound
      if offset > 720 { offset -= 1440 }
      if offset < -720 { offset += 1440 }
      offsets.insert(offset)
    }
    return offsets.count == 1 ? offsets.first : nil
  }

  /// Gives local times their UTC interval once the local offset is known.
  static func resolveLocalTimes(_ facts: inout [Fact]) {
    guard let offset = localOffset(facts) else { return }
    for index in facts.indices where facts[index].unitClass == .time && facts[index].figure.isLocalTime {
      guard let value = facts[index].figure.value else { continue }
      let interval = Fact.timeInterval(minutes: value, bound: facts[index].figure.bound)
      facts[index].low = interval.lowerBound - Double(offset)
      facts[index].high = interval.upperBound - Double(offset)
      facts[index].nominal = value - Double(offset)
    }
  }

  /// Times from different outlets, written in different zones, that agree in UTC (never a conflict:
  /// times alone do not say which event they belong to).
  static func timeAgreements(_ facts: [Fact], corpus: Corpus) -> [Discrepancy] {
    let times = facts.filter { $0.unitClass == .time && $0.low != nil && $0.figure.zone != nil }
      .map { fact -> Fact in
        var normalized = fact
        let shift = (fact.low! / 1440).rounded(.down) * 1440
        normalized.low = fact.low! - shift
        normalized.high = fact.high! - shift
        return normalized
      }
      .sorted { $0.low! < $1.low! }
    var result: [Discrepancy] = []
    var cluster: [Fact] = []
    func flush() {
      let zones = Set(cluster.compactMap { $0.figure.zone?.lowercased() })
      if Set(cluster.map(\.articleIndex)).count > 1, zones.count > 1 {
        result.append(
          Discrepancy(
            kind: .date, subject: "time of day", verdict: .agreeAfterConversion, severity: .low,
            statements: cluster.map { statement($0, corpus: corpus) }, conversion: timeConversion(cluster)))
      }
      cluster = []
    }
    for fact in times {
      if let last = cluster.last, fact.low! > cluster.map({ $0.high! }).min()!, fact.low! > last.high! { flush() }
      cluster.append(fact)
    }
    flush()
    return result
  }

  /// Each distinct written time with its UTC equivalent ("23:11 local time = 22:11 UTC").
  static func timeConversion(_ cluster: [Fact]) -> String {
    var parts: [String] = []
    for fact in cluster {
      guard let value = fact.figure.value, let zone = fact.figure.zone, let nominal = fact.nominal else { continue }
      let offsets = fact.figure.utcOffsets ?? Int(value - nominal)...Int(value - nominal)
      guard offsets != 0...0 else { continue }
      let earliest = clock(value - Double(offsets.upperBound))
      let latest = clock(value - Double(offsets.lowerBound))
      let utc = earliest == latest ? earliest : earliest + "–" + latest
      let part = "\(clock(value)) \(zone) = \(utc) UTC"
      if !parts.contains(part) { parts.append(part) }
    }
    return parts.joined(separator: "; ")
  }

  /// Minutes after midnight as "HH:MM".
  static func clock(_ minutes: Double) -> String {
    let total = ((Int(minutes.rounded()) % 1440) + 1440) % 1440
    let hours = total / 60
    let rest = total % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}
