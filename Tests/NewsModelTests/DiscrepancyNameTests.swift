import Testing
@testable import NewsModel

@Suite struct DiscrepancyNameTests {
  @Test(arguments: [
    ("CrowdStrike", "Crowdstrike"), ("ATACMS", "ATACMs"), ("EVER GIVEN", "Ever Given"), ("António Guterres", "Antonio Guterres"),
    ("Málaga", "Malaga"), ("Al Haouz", "Al-Haouz"), ("Hartsfield-Jackson", "Hartsfield–Jackson"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Rabie", "Rabei"), ("Marrakesh", "Marrakech"), ("Tinmel", "Tinmal"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"), ("Abdel Fattah el-Sisi", "Abdel Fattah el-Sissi"),
  ])
  func oneNameWrittenDifferently(_ a: String, _ b: String) {
    #expect(NameSpelling.isRespelling(a, b))
    #expect(NameSpelling.isRespelling(b, a))
  }

  @Test(arguments: [
    ("U.S.", "United States"), ("U.S.", "US"), ("Britain", "UK"), ("UN", "United Nations"), ("Russo", "Russian"),
    ("Russia", "Russian"), ("Egyptian", "Egyptians"), ("Army Tactical Missile System", "Army Tactical Missile Systems"),
    ("ATACMS", "Army Tactical Missile Systems"), ("Guterres", "António Guterres"), ("Donald Trump", "Donald J. Trump"),
    ("USGS", "U.S. Geological Survey"), ("UK", "United Kingdom"), ("Iran", "Iraq"), ("Kyiv", "Kiev"),
  ])
  func otherFormsOfANameAreNoRespelling(_ a: String, _ b: String) {
    #expect(!NameSpelling.isRespelling(a, b))
    #expect(!NameSpelling.isRespelling(b, a))
  }

  /// An entity with the given spellings, each used by the given articles.
  func entity(_ uses: [String: [String]]) -> Entity {
    Entity(
      id: "e1", name: uses.keys.sorted()[0], type: .geopolitical, variants: uses.keys.sorted(), variantArticles: uses,
      articles: Array(Set(uses.values.joined())).sorted(), mentionCount: uses.values.joined().count)
  }

  @Test func respellingsUsedByDifferentArticlesAreGrouped() {
    let found = NameDiscrepancies.respellings(
      of: entity(["US": ["a0"], "U.S.": ["a1"], "United States": ["a2"], "Zelensky": ["a0"], "Zelenskyy": ["a1", "a2"]]))
    #expect(found == [["Zelensky", "Zelenskyy"]])
  }

  @Test func shortFormsJoinTheirFullNames() {
    let found = NameDiscrepancies.respellings(
      of: entity([
        "Volodymyr Zelensky": ["a0"], "Volodymyr Zelenskyy": ["a1"], "Zelensky": ["a0"], "Zelenskyy": ["a1"],
        "Volodymyr": ["a0", "a1"],
      ]))
    #expect(found == [["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"]])
  }

  @Test func anArticleUsingBothSpellingsIsNoDispute() {
    #expect(NameDiscrepancies.respellings(of: entity(["RABAT": ["a0"], "Rabat": ["a0", "a1"]])).isEmpty)
    #expect(NameDiscrepancies.respellings(of: entity(["RABAT": ["a0"], "Rabat": ["a1"]])) == [["RABAT", "Rabat"]])
  }
}
