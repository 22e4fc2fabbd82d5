import Testing
@testable import NewsModel

/// The entities of a corpus made of the given texts, as "name/TYPE: variants".
func linkedEntities(_ texts: [String]) -> [Entity] {
  let corpus = Corpus(articles: texts.enumerated().map { Article(id: "a\($0)", path: "a\($0).txt", text: $1) })
  return Analysis(corpus: corpus).entities.filter(\.type.isName)
}

func entity(_ entities: [Entity], containing variant: String) -> Entity? {
  entities.first { $0.variants.contains(variant) }
}

@Suite struct EntityLinkerTests {
  @Test func surnameLinksToTheOneFullName() {
    let entities = linkedEntities(["President Joe Biden spoke on Monday.", "On Tuesday, President Biden said more."])
    let biden = entity(entities, containing: "Biden")
    #expect(biden?.name == "Joe Biden")
    #expect(biden?.variants == ["Biden", "Joe Biden"])
    #expect(biden?.variantArticles["Biden"] == ["a1"])
  }

  @Test func sharedSurnameOfTwoPeopleStaysUnlinked() {
    let entities = linkedEntities([
      "President Joe Biden spoke.", "Hunter Biden said he was there.", "Later, Biden said nothing.",
    ])
    #expect(entity(entities, containing: "Biden")?.variants == ["Biden"])
    #expect(entity(entities, containing: "Joe Biden")?.variants == ["Joe Biden"])
  }

  @Test(arguments: [
    ("President Volodymyr Zelensky spoke.", "President Volodymyr Zelenskyy spoke."),
    ("UN chief António Guterres spoke.", "UN chief Antonio Guterres spoke."),
    ("Rescuers reached Marrakesh on Friday.", "Rescuers reached Marrakech on Friday."),
    ("Shares of the company CrowdStrike fell.", "Shares of the company Crowdstrike fell."),
    ("President Abdel Fattah el-Sisi spoke.", "President Abdel Fattah el-Sissi spoke."),
  ])
  func variantSpellingsLink(first: String, second: String) {
    let entities = linkedEntities([first, second]).filter { $0.type != .organization || $0.name != "UN" }
    let linked = entities.filter { $0.variants.count == 2 }
    #expect(linked.count == 1)
    #expect(linked.first?.articles == ["a0", "a1"])
  }

  @Test func acronymCasingAndExpansionLink() {
    let entities = linkedEntities([
      "Kyiv fired Army Tactical Missile Systems (ATACMS).", "More ATACMs arrived.", "The Army Tactical Missile System flew.",
    ])
    let atacms = entity(entities, containing: "ATACMS")
    #expect(atacms?.name == "ATACMS")
    #expect(atacms?.variants == ["ATACMS", "ATACMs", "Army Tactical Missile System", "Army Tactical Missile Systems"])
  }

  @Test func definedAcronymOfAnUnlistedNameLinks() {
    let entities = linkedEntities(["The Global Earthquake Model Foundation (GEMF) warned.", "GEMF said the risk was high."])
    #expect(entity(entities, containing: "GEMF")?.variants == ["GEMF", "Global Earthquake Model Foundation"])
  }

  @Test func differentKoreasStayApart() {
    let entities = linkedEntities(["North Korea, South Korea and Korea met.", "North Korean troops moved."])
    for name in ["North Korea", "South Korea", "Korea", "North Korean"] {
      #expect(entity(entities, containing: name)?.variants == [name])
    }
  }

  @Test func nationalityAndCountryStaySeparateButAreRelated() {
    let entities = linkedEntities(["Russian troops entered Russia."])
    #expect(entity(entities, containing: "Russian")?.type == .nationality)
    #expect(entity(entities, containing: "Russia")?.type == .geopolitical)
    #expect(EntityLinker.country(forDemonym: "Russian") == "Russia")
    #expect(EntityLinker.country(forDemonym: "North Korean") == "North Korea")
    #expect(EntityLinker.country(forDemonym: "Western") == nil)
  }

  @Test func idsFollowFirstAppearance() {
    let first = linkedEntities(["Kyiv and Moscow talked.", "Moscow replied."])
    #expect(first.map(\.id) == ["e1", "e2"])
    #expect(first.map(\.name) == ["Kyiv", "Moscow"])
    #expect(linkedEntities(["Kyiv and Moscow talked.", "Moscow replied."]).map(\.id) == first.map(\.id))
  }

  @Test func editDistanceIsConservative() {
    func distance(_ a: String, _ b: String) -> Int {
      EntityLinker.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 1)
    }
    #expect(distance("zelensky", "zelenskyy") == 1)
    #expect(distance("rabie", "rabei") == 1)
    #expect(distance("austria", "australia") == 2)
  }

  @Test func givenNameAloneLinksWithinAnArticle() {
    let entities = linkedEntities(["“It shook,” said Anwen Pryce, 61. Anwen, 61, ran outside."])
    #expect(entity(entities, containing: "Anwen")?.variants == ["Anwen", "Anwen Pryce"])
  }

  @Test func firstWordOfAnOrganisationLinksWithinAnArticle() {
    let entities = linkedEntities(["Flights of Delta Air Lines stopped. Later Delta resumed service."])
    #expect(entity(entities, containing: "Delta")?.variants == ["Delta", "Delta Air Lines"])
  }
}
