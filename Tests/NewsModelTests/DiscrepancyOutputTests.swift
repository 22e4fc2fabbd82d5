import Testing
@testable import NewsModel

@Suite struct DiscrepancyOutputTests {
  func corpus(_ texts: [String]) -> Corpus {
    Corpus(articles: texts.enumerated().map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) })
  }

  @Test func localTimesResolveThroughATimeGivenInBothZones() throws {
    let found = Analysis(corpus: corpus([
      "The quake struck at 23:11 local time (22:11 GMT) on Friday.", "It struck at 11.11pm UK time.",
      "The quake hit at 23:11 local time.",
    ])).discrepancies
    let time = try #require(found.first { $0.kind == .date })
    #expect(time.verdict == .agreeAfterConversion)
    #expect(time.conversion == "23:11 local time = 22:11 UTC; 23:11 UK time = 22:11–23:11 UTC")
    #expect(Set(time.statements.map(\.articleID)) == ["a0", "a1", "a2"])
  }

  @Test func timesInOneZoneAreNotListed() {
    let found = Analysis(corpus: corpus(["It began at 04:09 UTC.", "It began at 04:09 UTC."])).discrepancies
    #expect(found.isEmpty)
  }

  @Test func jsonFollowsTheContract() throws {
    let analysis = Analysis(corpus: corpus([
      "About 10,000 North Korean troops have been sent.", "As many as 12,000 North Korean troops have been sent.",
    ]))
    let discrepancy = try #require(analysis.discrepancies.first)
    let json = discrepancy.jsonValue.serialized()
    #expect(json.hasPrefix(#"{"id":"d1","kind":"number","subject":"North Korean troops sent","verdict":"conflict","severity":"medium""#))
    #expect(json.contains(#""value":{"low":12000,"high":12000,"unit":"troops","qualifier":"as many as"}"#))
    let text = "As many as 12,000 North Korean troops have been sent."
    #expect(json.contains(#"{"article":"a1","start":0,"end":\#(text.unicodeScalars.count),"text":"\#(text)""#))
    #expect(json.contains(#""figure":{"start":11,"end":17}"#))
  }

  @Test func markdownReportQuotesEveryOutlet() {
    let c = corpus(["The quake killed 296 people.", "The quake killed 2,122 people."])
    let report = Discrepancy.markdownReport(Analysis(corpus: c).discrepancies, corpus: c)
    #expect(report.contains("## d1 · people deaths"))
    #expect(report.contains("- **a0** — 296 people: “The quake killed 296 people.”"))
    #expect(report.contains("- **a1** — 2,122 people: “The quake killed 2,122 people.”"))
  }

  @Test func anEmptyReportSaysSo() {
    #expect(Discrepancy.markdownReport([], corpus: corpus([])).contains("do not disagree"))
  }

  @Test func spellingsThatSplitOutletsAreNameDiscrepancies() {
    let c = corpus(["Rescuers reached Marrakesh.", "Rescuers reached Marrakech."])
    let mentions = [
      [Mention(span: TextSpan(start: 17, end: 26), type: .geopolitical, entityID: "e1")],
      [Mention(span: TextSpan(start: 17, end: 26), type: .geopolitical, entityID: "e1")],
    ]
    let entity = Entity(
      id: "e1", name: "Marrakesh", type: .geopolitical, variants: ["Marrakech", "Marrakesh"],
      variantArticles: ["Marrakesh": ["a0"], "Marrakech": ["a1"]], articles: ["a0", "a1"], mentionCount: 2)
    let found = DiscrepancyFinder.discrepancies(in: c, mentions: mentions, entities: [entity])
    #expect(found.count == 1)
    #expect(found.first?.kind == .name && found.first?.severity == .low)
    #expect(found.first?.summary == "spelling of Marrakesh: Marrakech · Marrakesh · 2 outlets")
  }
}
