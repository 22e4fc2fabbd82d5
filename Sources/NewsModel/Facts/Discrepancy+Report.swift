extension Discrepancy {
  /// A one-line summary for a panel: "troops sent: 10,000 · 12,000 · 4 outlets".
  public var summary: String {
    var values: [String] = []
    for statement in statements {
      guard let text = statement.value.map(Discrepancy.describe) else { continue }
      if !values.contains(text) { values.append(text) }
    }
    let outlets = Set(statements.map(\.articleID)).count
    let outletText = outlets == 1 ? "1 outlet" : "\(outlets) outlets"
    return subject + ": " + (values + [outletText]).joined(separator: " · ")
  }

  /// A value in words: qualifier, number (or range) and, for measures, the unit.
  public static func describe(_ value: StatedValue) -> String {
    var text = ""
    if value.unit == "spelling" { return value.qualifier ?? "" }
    if value.unit == "quote" { return "quoted" }
    if let qualifier = value.qualifier { text += qualifier + " " }
    if let clock = value.clock { return text + clock + " " + value.unit }
    if let low = value.low {
      text += FactGrouper.format(low)
      if let high = value.high, high != low { text += "–" + FactGrouper.format(high) }
    } else {
      text += "no number"
    }
    if !["count", "%"].contains(value.unit), value.low != nil { text += " " + value.unit }
    if value.unit == "%" { text += "%" }
    return text
  }

  /// A Markdown report of discrepancies, each with every outlet's exact words.
  public static func markdownReport(_ discrepancies: [Discrepancy], corpus: Corpus) -> String {
    var lines = ["# Discrepancies", ""]
    if discrepancies.isEmpty { lines.append("The outlets do not disagree on any figure, quote or name found.") }
    for discrepancy in discrepancies {
      lines.append("## \(discrepancy.id) · \(discrepancy.subject)")
      lines.append("")
      lines.append("*\(discrepancy.kind.rawValue), \(discrepancy.verdict.rawValue), severity \(discrepancy.severity.rawValue)*")
      if let conversion = discrepancy.conversion { lines += ["", "Conversion: \(conversion)"] }
      lines.append("")
      for statement in discrepancy.statements {
        let outlet = corpus.article(named: statement.articleID)?.outlet ?? statement.articleID
        let value = statement.value.map { " — " + describe($0) } ?? ""
        let words = statement.text.replacingOccurrences(of: "\n", with: " ")
        lines.append("- **\(outlet)**\(value): “\(words)”")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
