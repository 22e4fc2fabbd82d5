import Testing
@testable import NewsModel

/// The names an article's text yields, as (text, type) pairs in order.
func names(_ text: String) -> [String] {
  let article = Article(id: "a", path: "a.txt", text: text)
  return NameRecognizer.mentions(in: article).map { "\(article.string(in: $0.span))/\($0.type.rawValue)" }
}

@Suite struct NameRecognizerTests {
  @Test func possessiveIsOutsideTheName() {
    #expect(names("Officials praised President Joe Biden’s decision. Biden’s aides agreed.")
      == ["Joe Biden/PERSON", "Biden/PERSON"])
  }

  @Test func titlesAndTheStayOutside() {
    #expect(names("The talks included UN Secretary-General António Guterres and the Kremlin.")
      == ["UN/ORG", "António Guterres/PERSON", "Kremlin/ORG"])
  }

  @Test func kurskIsAPlaceNotAWeapon() {
    #expect(names("Troops advanced in the Kursk region on Monday.") == ["Kursk/GPE"])
  }

  @Test func capitalisedSentenceStartIsNoName() {
    #expect(names("Strikes hit the city overnight. Officials said damage was light.") == [])
  }

  @Test func headingWithoutEvidenceYieldsNothing() {
    #expect(names("Ukraine Wins A Change Of Course\nA Tactical Change\nPresident Joe Biden decided on Sunday to back Ukraine.")
      == ["Ukraine/GPE", "Joe Biden/PERSON", "Ukraine/GPE"])
  }

  @Test func sentenceStartNameCountsWhenSeenInsideASentence() {
    #expect(names("Kurtz apologised. The chief executive George Kurtz said the fix was out.")
      == ["Kurtz/PERSON", "George Kurtz/PERSON"])
  }

  @Test(arguments: [
    ("They deployed U.S.-supplied rockets.", ["U.S./GPE"]),
    ("The U.S.-Russia talks stalled.", ["U.S./GPE", "Russia/GPE"]),
    ("It deepens the Russian-North Korean alliance.", ["Russian/NORP", "North Korean/NORP"]),
    ("Aid reached Al-Haouz province overnight.", ["Al-Haouz/GPE"]),
  ])
  func hyphens(text: String, expected: [String]) {
    #expect(names(text) == expected)
  }

  @Test func acronymDefinitionGivesBothTheSameType() {
    #expect(names("Kyiv may now use Army Tactical Missile Systems (ATACMS) against targets.")
      == ["Kyiv/GPE", "Army Tactical Missile Systems/WEAPON", "ATACMS/WEAPON"])
    #expect(names("The quake was measured by the National Institute of Geophysics (ING) in Rabat.")
      == ["National Institute of Geophysics/ORG", "ING/ORG", "Rabat/GPE"])
  }

  @Test func weaponKeepsTheModelNameOnly() {
    #expect(names("Britain sent Storm Shadow missiles and F-16 fighter jets.")
      == ["Britain/GPE", "Storm Shadow/WEAPON", "F-16/WEAPON"])
  }

  @Test func namedSummitsAreEvents() {
    #expect(names("Leaders met at the G20 summit in Rio de Janeiro.")
      == ["G20 summit/EVENT", "Rio de Janeiro/GPE"])
    #expect(names("He spoke at the Asia-Pacific Economic Cooperation summit in Lima.")
      == ["Asia-Pacific Economic Cooperation summit/EVENT", "Lima/GPE"])
  }

  @Test func contextTypesUnknownNames() {
    #expect(names("Rescuers reached the village of Ighil near Taroudant.") == ["Ighil/GPE", "Taroudant/GPE"])
    #expect(names("Flights resumed, said Terrence Holloway, a travel analyst.") == ["Terrence Holloway/PERSON"])
    #expect(names("The figure came from Wedbush Securities and the Dutch company Boskalis.")
      == ["Wedbush Securities/ORG", "Dutch/NORP", "Boskalis/ORG"])
  }

  @Test func rolesAndParticlesStayInPersonNames() {
    #expect(names("Egypt’s President Abdel Fattah el-Sisi thanked King Mohammed VI.")
      == ["Egypt/GPE", "Abdel Fattah el-Sisi/PERSON", "Mohammed VI/PERSON"])
  }

  @Test func surnameLaterInTheArticleTakesThePersonType() {
    #expect(names("Spokesman Dmitry Peskov spoke first. Later Peskov declined to comment.")
      == ["Dmitry Peskov/PERSON", "Peskov/PERSON"])
  }

  @Test func nationalityBeforeAnOrganisationWordMakesOneOrganisation() {
    #expect(names("Passengers of American Airlines waited.") == ["American Airlines/ORG"])
  }

  @Test func ageAppositionMarksAPerson() {
    #expect(names("“It shook,” said Anwen Pryce, 61, from her porch.") == ["Anwen Pryce/PERSON"])
  }

  @Test func firstWordOfAnOrganisationStandsForIt() {
    #expect(names("Flights of Delta Air Lines stopped. Later Delta resumed service.")
      == ["Delta Air Lines/ORG", "Delta/ORG"])
  }

  @Test func unlistedDesignationBeforeAWeaponNounIsAWeapon() {
    #expect(names("Russia launched KN-25 missiles and Su-34 jets.") == ["Russia/GPE", "KN-25/WEAPON", "Su-34/WEAPON"])
    #expect(names("The A-4 road was closed.") == [])
  }

  @Test func buildingsAndStructuresAreNoNames() {
    #expect(names("A ship struck the Francis Scott Key Bridge, officials in Annapolis said.") == ["Annapolis/GPE"])
  }

  @Test func titleCaseHeadlineDoesNotRunOnAfterAFirstName() {
    #expect(names("Francis Scott Key Bridge Collapses After Strike\nThe ship hit the bridge.") == [])
  }

  @Test func listedPhrasesKeepTheirSmallWordsButNotLowercaseNouns() {
    #expect(names("Monitors from the Organization for Security and Co-operation in Europe arrived.")
      == ["Organization for Security and Co-operation in Europe/ORG"])
    #expect(names("Villages in the Atlas mountains were cut off.") == ["Atlas/GPE"])
  }

  @Test func capitalsAfterInAreNoPlace() {
    #expect(names("Shares in XYZ rose sharply.") == [])
  }
}
