import Testing
@testable import NewsModel

@Suite struct FactExtractorTests {
  /// The facts of one text, read with the figure mentions the recognizer finds.
  func facts(_ text: String) -> [Fact] {
    let article = Article(id: "a", path: "a.txt", text: text)
    return FactExtractor.facts(in: article, index: 0, mentions: FigureRecognizer.mentions(in: article))
  }

  func fact(_ text: String) -> Fact {
    let found = facts(text)
    precondition(!found.isEmpty, "no fact in \(text)")
    return found[0]
  }

  @Test func countedNounAndHead() {
    let troops = fact("Russia has received as many as 12,000 North Korean troops this month.")
    #expect(troops.noun == "North Korean troops")
    #expect(troops.head == "troop")
    #expect(fact("Nearly 100 vessels were held up.").head == "ship")
    #expect(fact("Roughly 1% of Windows PCs worldwide crashed.").head == "device")
  }

  @Test func eachNumberTakesItsOwnRole() {
    #expect(facts("Authorities said 2,012 people died and 2,059 were injured.").map(\.role) == ["deaths", "injured"])
    #expect(facts("The quake killed 2,012 people and injured 2,059.").map(\.role) == ["deaths", "injured"])
    #expect(fact("Of the dead, 1,293 were in Al-Haouz province.").role == "deaths")
  }

  @Test func movementsAndTheirOrigins() {
    let sent = fact("The move comes as North Korea is sending 10,000 elite troops to Russia.")
    #expect(sent.isMovement && sent.origin == "North Korea")
    #expect(fact("Over 10,000 North Korean troops are arriving in Kursk.").origin == "North Korea")
  }

  @Test func measuresNameWhatTheyMeasure() {
    let ship = fact("Crews failed to shift the 400-metre container ship.")
    #expect(ship.dimension == "length" && ship.owner == "ship")
    #expect(fact("Tugs pulled at the 193-foot-wide vessel.").owner == "ship")
    #expect(fact("A powerful 6.8 earthquake struck.").unitClass == .magnitude)
  }

  @Test func rolesFromTheClause() {
    #expect(fact("The quake killed at least 2,012 people.").role == "deaths")
    #expect(fact("A strike left ten dead.").role == "deaths")
    #expect(fact("Another 1,204 people had been injured.").role == "injured")
    #expect(fact("More than 1,400 people were critically injured.").role == "critically injured")
    #expect(fact("Pyongyang has deployed 10,000 troops.").role == "sent")
    #expect(fact("More than 3,000 flights were cancelled.").role == "cancelled")
  }

  @Test func harmRolesMakeThePersonHeadGeneric() {
    #expect(fact("The attack killed eight civilians.").head == nil)
  }

  @Test func intervalsFollowTheQualifier() {
    #expect(fact("It has 10,000 troops.").low == 10000 && fact("It has 10,000 troops.").high == 10000)
    let about = fact("about 20 minutes after the mainshock")
    #expect(about.low! == 19 / 60.0 * 1 * 1 || abs(about.low! - 19.0 / 60) < 1e-9)
    #expect(abs(about.high! - 21.0 / 60) < 1e-9)
    let over = fact("over 10,000 troops arrived.")
    #expect(over.low! > 10000 && over.high! <= 11000)
    let nearly = fact("nearly 1,400 people were hurt.")
    #expect(nearly.high! < 1400 && nearly.low! >= 1260)
    let range = fact("the canal would be clear within 48 to 72 hours")
    #expect(range.low == 48 && range.high == 72)
  }

  @Test func unitsConvertToBaseUnits() {
    #expect(fact("a ship 400 metres long").nominal == 400)
    #expect(abs(fact("a ship 1,312 feet long").nominal! - 399.9) < 0.1)
    #expect(abs(fact("about 45 miles south-west of Marrakesh").nominal! - 72_420) < 1)
    #expect(abs(fact("gusting to 40 knots").nominal! - 74.08) < 0.01)
    #expect(abs(fact("roughly 220,000 short tons").nominal! - 199_580_643) < 1)  // kilograms
    #expect(fact("three days of national mourning").nominal == 72)
  }

  @Test func moneyRatesBecomeDaily() {
    let hourly = fact("about $400 million worth of goods an hour")
    #expect(hourly.rate == "per hour")
    #expect(hourly.nominal == 9.6e9)
  }

  @Test func projectionsAreNotReports() {
    #expect(fact("Deaths might reach about 2,300.").modality == .projection)
    #expect(fact("Losses could top $1 billion.").modality == .projection)
    #expect(fact("Pyongyang is expected to send 100,000 soldiers.").modality == .projection)
    #expect(fact("The toll rose to 2,122.").modality == .report)
  }

  @Test func placesAndAgents() {
    #expect(fact("A strike on Odesa on Monday left ten dead.").places == ["Odesa"])
    #expect(fact("In Sumy, near the Russian border, a strike left eight dead.").places == ["Sumy"])
    #expect(fact("Some 1,351 people died in Taroudant province.").places == ["Taroudant"])
    #expect(fact("Delta canceled more than 3,500 flights.").agent == "Delta")
  }

  @Test func dimensionsScopesAndOwners() {
    #expect(fact("a hypocentre 18.5 kilometres down").dimension == "depth")
    #expect(fact("a beam of 59 metres").dimension == "width")
    #expect(fact("a channel about 200 metres wide").owner == "channel")
    #expect(fact("Microsoft’s shares slipped less than 1%.").owner == "Microsoft")
    #expect(fact("a first team of 56 soldiers").scope == "part")
    #expect(fact("capacity for more than 20,000 containers").scope == "capacity")
  }

  @Test func thresholdsAreNotFacts() {
    #expect(facts("no tremor of magnitude 6 or more since 1900").allSatisfy { $0.figure.value != 6 })
  }

  @Test func statementTextIsTheSentence() {
    let text = "First sentence here. Officials said 2,012 people died. Last one."
    let article = Article(id: "a", path: "a.txt", text: text)
    let found = FactExtractor.facts(in: article, index: 0, mentions: FigureRecognizer.mentions(in: article))
    #expect(article.string(in: found[0].sentence) == "Officials said 2,012 people died.")
  }
}
