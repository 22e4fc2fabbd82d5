import Testing
@testable import NewsModel

@Suite struct DiscrepancyFinderTests {
  /// The discrepancies of a corpus made of the given texts, one article each.
  func discrepancies(_ texts: [String]) -> [Discrepancy] {
    let articles = texts.enumerated().map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) }
    return Analysis(corpus: Corpus(articles: articles)).discrepancies.filter { $0.kind != .coverage }
  }

  @Test func differentCountsOfTheSameThingConflict() throws {
    let found = discrepancies([
      "About 10,000 North Korean troops have been sent to Russia.",
      "As many as 12,000 North Korean troops have been sent to Russia.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .conflict && found[0].kind == .number)
    #expect(found[0].statements.map { $0.value?.low } == [10000, 12000])
    #expect(found[0].summary == "North Korean troops sent: about 10,000 troops · as many as 12,000 troops · 2 outlets")
    #expect(found[0].statements[1].value?.qualifier == "as many as")
    #expect(found[0].id == "d1")
  }

  @Test func aCountWithoutAHarmWordIsNoToll() {
    let found = discrepancies([
      "Six construction workers on the bridge are presumed dead, the coast guard said.",
      "Authorities said eight workers were on the bridge when it fell.",
    ])
    #expect(found.isEmpty)
  }

  @Test func unitConversionAgrees() throws {
    let found = discrepancies([
      "The missiles have a range exceeding 300 kilometers.",
      "They can strike targets about 190 miles away.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .agreeAfterConversion)
    #expect(found[0].conversion == "190 mi = 305.8 km")
    #expect(found[0].severity == .low)
  }

  @Test func differentPlacesAreDifferentEvents() {
    let found = discrepancies([
      "A strike in Sumy left eight civilians dead.",
      "A strike on Odesa left ten dead.",
    ])
    #expect(found.isEmpty)
  }

  @Test func destinationsAndSendersDoNotSplitADeployment() throws {
    let found = discrepancies([
      "The move comes as North Korea is sending 10,000 elite troops to assist Moscow in the Kursk region.",
      "As many as 12,000 North Korean troops have been deployed to Russia.",
      "Reports say over 10,000 North Korean troops are arriving in Russia’s Kursk region.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .conflict)
    #expect(found[0].statements.map(\.articleID) == ["a0", "a1", "a2"])
  }

  @Test func differentSendersAreDifferentDeployments() {
    #expect(discrepancies(["Spain has sent 86 rescuers to Morocco.", "Britain has sent 60 rescuers to Morocco."]).isEmpty)
    #expect(discrepancies(["About 500 French troops were deployed.", "About 800 British troops were deployed."]).isEmpty)
  }

  @Test func tollsInDifferentPlacesStayApartWhateverTheWording() {
    let found = discrepancies([
      "A missile attack on a residential building in Sumy, near the border, left at least eight civilians dead.",
      "Russian strikes killed dozens, including a strike on Odesa on Monday that left ten dead and nearly 50 injured.",
    ])
    #expect(found.isEmpty)
  }

  @Test func aTollBelongsToThePlaceWrittenNearestIt() throws {
    let found = discrepancies([
      "Of the dead, 1,293 were in Al-Haouz province, and most of the rest were further south in Taroudant.",
      "The worst-hit area remains Al-Haouz province, where 1,351 people died, followed by Taroudant province with 492 deaths.",
    ])
    try #require(found.count == 1)
    #expect(found[0].statements.map { $0.value?.low } == [1293, 1351])
  }

  @Test func aDatelineIsNotWhereTheTollWasCounted() throws {
    let found = discrepancies([
      "RABAT, Sept 9 — At least 1,037 people were killed when an earthquake struck Morocco late on Friday.",
      "The earthquake in Morocco has killed at least 2,012 people.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .conflict)
  }

  @Test func oneShockHasOneMagnitudeWhereverAndWhenever() throws {
    let found = discrepancies([
      "The U.S. Geological Survey measured the quake at magnitude 6.8 near the village of Ighil.",
      "Morocco’s National Institute of Geophysics measured it at magnitude 7.",
      "The 6.8-magnitude quake struck at 22:11 GMT on Friday.",
    ])
    try #require(found.count == 1)
    #expect(found[0].statements.count == 3)
  }

  @Test func aBareNumberBeforeTheShockIsItsMagnitude() throws {
    let found = discrepancies(["A powerful 6.8 earthquake struck on Friday.", "The magnitude 7 quake struck late on Friday."])
    try #require(found.count == 1)
    #expect(found[0].statements.map { $0.value?.unit } == ["magnitude", "magnitude"])
  }

  @Test func villagersKilledAreDeaths() throws {
    let found = discrepancies(["The quake killed 2,012 villagers.", "The death toll rose to 2,122."])
    try #require(found.count == 1)
    #expect(found[0].verdict == .conflict)
  }

  @Test func aftershocksOnDifferentDaysAreDifferentShocks() {
    let found = discrepancies([
      "A magnitude 4.9 aftershock followed 19 minutes later.", "A magnitude 4.5 aftershock rattled the region on Sunday morning.",
    ])
    #expect(found.isEmpty)
  }

  @Test func aMeasureWrittenAsAnAdjectiveMeetsTheSameMeasureSpelledOut() throws {
    let found = discrepancies([
      "Crews failed to shift the Ever Given, a 400-metre container ship, on Thursday.",
      "The Ever Given is 1,312 feet long.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .agreeAfterConversion)
  }

  @Test func shipLengthsWrittenManyWaysMeet() throws {
    let found = discrepancies([
      "The 400-metre Ever Given has blocked the canal since Tuesday.", "The Ever Given measures 430m.",
      "The 399-metre vessel weighs 200,000 tonnes.", "The ship, 1,312ft long, is wedged across the canal.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .conflict)
    #expect(found[0].statements.count == 4)
  }

  @Test func measuresOfDifferentThingsStayApart() {
    let found = discrepancies([
      "Trade depends on a single channel about 200 metres wide.", "Tugs pulled at the 193-foot-wide vessel.",
      "The ship has a beam of 59 metres.",
    ])
    #expect(found.isEmpty)
  }

  @Test func aProjectionIsNotAReport() {
    let found = discrepancies(["Deaths might reach about 2,300.", "The number of deaths rose to 2,122."])
    #expect(found.isEmpty)
  }

  @Test func aProvincialTollIsNotTheNationalToll() {
    let found = discrepancies([
      "The quake killed 2,012 people, the ministry said.",
      "In Taroudant province, 492 people died.",
    ])
    #expect(found.isEmpty)
  }

  @Test func sameFigureWithOpposedHedgesIsHedged() throws {
    let found = discrepancies([
      "Almost 10,000 North Korean troops have arrived.", "Over 10,000 North Korean troops have arrived.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .hedged && found[0].severity == .medium)
  }

  @Test func closeHedgedFiguresAgree() {
    #expect(discrepancies(["The aftershock came 19 minutes later.", "The aftershock came about 20 minutes later."]).isEmpty)
  }

  @Test func capacityIsNotLoad() {
    let found = discrepancies([
      "The ship has capacity for more than 20,000 containers.", "The ship was carrying about 18,300 containers.",
    ])
    #expect(found.isEmpty)
  }

  @Test func anAgentsOwnCountIsNotTheTotal() {
    let found = discrepancies([
      "Delta canceled more than 3,500 flights.", "More than 5,000 flights were cancelled worldwide.",
    ])
    #expect(found.isEmpty)
  }

  @Test func oneCountrysCountIsNotTheWorldwideCount() {
    #expect(
      discrepancies([
        "More than 5,000 flights were cancelled worldwide on Friday.", "In the United States, more than 3,000 flights were cancelled.",
      ]).isEmpty)
    #expect(
      discrepancies(["Some 21,000 flights were delayed worldwide.", "More than 10,000 flights were delayed in the US."]).isEmpty)
  }

  @Test func differentOwnersAreDifferentThings() {
    let found = discrepancies([
      "CrowdStrike shares fell as much as 20% in early trading.", "Microsoft’s shares slipped less than 1%.",
    ])
    #expect(found.isEmpty)
  }

  @Test func ratesConvertBeforeComparing() throws {
    let found = discrepancies([
      "The blockage holds up goods and trade worth about $9.6 billion a day.",
      "It holds up about $400 million worth of goods an hour.",
    ])
    try #require(found.count == 1)
    #expect(found[0].verdict == .agreeAfterConversion)
  }

  @Test func mostSevereFirstWithStableIDs() {
    let texts = [
      "The quake killed 296 people. The ship was 400 metres long.", "The quake killed 2,122 people. The ship was 1,312 feet long.",
    ]
    let first = discrepancies(texts)
    #expect(first.map(\.verdict) == [.conflict, .agreeAfterConversion])
    #expect(first.map(\.id) == ["d1", "d2"])
    #expect(discrepancies(texts) == first)
  }

  @Test func singleOutletCountsAreCoverage() {
    let articles = ["The quake killed 296 people.", "Rescuers searched.", "The UK sent 60 rescuers to help."].enumerated()
      .map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) }
    let found = Analysis(corpus: Corpus(articles: articles)).discrepancies
    #expect(found.contains { $0.kind == .coverage && $0.severity == .info && $0.statements.count == 1 })
  }
}
