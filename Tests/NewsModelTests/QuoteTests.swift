import Testing
@testable import NewsModel

@Suite struct QuoteTests {
  func quotes(_ text: String) -> [(String, String?, String?)] {
    let article = Article(id: "a", path: "a.txt", text: text)
    return QuoteExtractor.quotes(in: article, index: 0, mentions: []).map {
      (article.string(in: $0.span), $0.speaker, $0.speakerKey)
    }
  }

  @Test func speakerAfterTheQuote() {
    let found = quotes("“We are looking at many months of response,” said Hossam Elsharkawi, the director.")
    #expect(found.count == 1)
    #expect(found.first?.0 == "We are looking at many months of response")
    #expect(found.first?.1 == "Hossam Elsharkawi")
  }

  @Test func speakerBeforeTheQuote() {
    let found = quotes("France’s president, Emmanuel Macron, wrote on X as he flew to Delhi: “We are all deeply shaken by it.”")
    #expect(found.first?.1 == "Emmanuel Macron")
  }

  @Test func nameThenVerbAfterTheQuote() {
    #expect(quotes("“We want peace, we want fair peace,” Guterres said.").first?.1 == "Guterres")
  }

  @Test func accordingTo() {
    #expect(quotes("“The road is broken and help comes slowly,” according to Mohamed Oubaha.").first?.1 == "Mohamed Oubaha")
  }

  @Test func pronounGoesToTheLastFullName() {
    let text = "Chief executive George Kurtz went on television. “We are deeply sorry for the impact,” he said."
    #expect(quotes(text).first?.1 == "George Kurtz")
  }

  /// The quotes of a text read with the mentions the analysis finds.
  func analyzedQuotes(_ text: String) -> [(String, String?)] {
    let article = Article(id: "a", path: "a.txt", text: text)
    let mentions = Analysis(corpus: Corpus(articles: [article])).mentions[0]
    return QuoteExtractor.quotes(in: article, index: 0, mentions: mentions).map { (article.string(in: $0.span), $0.speaker) }
  }

  @Test func speakerNamedBeforeAnAppositive() {
    #expect(quotes("“We pulled it off!” Peter Berdowski, the chief executive, said in a statement.").first?.1 == "Peter Berdowski")
  }

  @Test func theSentenceSubjectSpeaksThroughAParticiple() {
    let found = analyzedQuotes(
      "Ukrainian President Volodymyr Zelensky has welcomed the move, describing the missiles as “speaking for themselves,” officials said.")
    #expect(found.first?.0 == "speaking for themselves")
    #expect(found.first?.1 == "Volodymyr Zelensky")
  }

  @Test func aPronounOpeningTheSentenceIsTheLastPersonNamed() {
    let found = analyzedQuotes(
      "President Volodymyr Zelenskyy spoke on Sunday. He expressed optimism about the talks, stating, “The war will end sooner.”")
    #expect(found.first?.1 == "Volodymyr Zelenskyy")
  }

  @Test func roleSpeakers() {
    #expect(quotes("“Help without coordination could be counter-productive,” the ministry said.").first?.2 == "ministry")
  }

  @Test func scareQuotesAreNotSpeech() {
    #expect(quotes("He went on NBC’s “Today” show.").isEmpty)
  }

  @Test func transliteratedSurnamesShareAKey() {
    #expect(SpeakerReader.skeleton("elsharkawi") == SpeakerReader.skeleton("elsharkawy"))
    #expect(SpeakerReader.skeleton("rabie") == SpeakerReader.skeleton("rabei"))
  }

  @Test func relations() {
    #expect(QuoteComparer.relation("We pulled it off!", "We pulled it off!") == .same)
    #expect(QuoteComparer.relation("This is not a security incident or cyberattack. The fix is out.", "This is not a security incident or cyberattack.") == .same)
    #expect(
      QuoteComparer.relation(
        "We are looking at many months, if not years, of response", "We’re looking at months, if not years, of response")
        == .differentWords)
    #expect(QuoteComparer.relation("The canal is open again today.", "Retailers were fighting for space.") == .different)
    #expect(QuoteComparer.relation("The rockets will speak for themselves.", "speaking for themselves") == .differentWords)
    #expect(QuoteComparer.relation("We want peace, we want fair peace", "We want a swift end to the war") == .different)
  }

  @Test func oneSpeakerInDifferentWordsIsAQuoteDiscrepancy() {
    let texts = [
      "“We are all deeply shaken by the terrible earthquake in Morocco. France is ready to help,” Macron said.",
      "“All of us are overwhelmed after the terrible quake in Morocco. France stands prepared to help,” Macron said.",
      "“We pulled it off today!” Macron said.",
    ]
    let corpus = Corpus(articles: texts.enumerated().map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) })
    let found = Analysis(corpus: corpus).discrepancies.filter { $0.kind == .quote }
    #expect(found.count == 1)
    #expect(found.first?.statements.map(\.articleID) == ["a0", "a1"])
    #expect(found.first?.severity == .low)
  }

  @Test func oneSpeakersQuotesCloseTogetherAreComparedAsOnePassage() throws {
    let texts = [
      "“The wind and the weather were not the principal causes,” Rabie told reporters. “A technical or a human error may have played a part.”",
      "“High winds were not the chief reason. There could have been a technical mistake, or a human one,” Rabie said.",
    ]
    let corpus = Corpus(articles: texts.enumerated().map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) })
    let found = Analysis(corpus: corpus).discrepancies.filter { $0.kind == .quote }
    try #require(found.count == 1)
    #expect(found[0].statements[0].text.hasPrefix("The wind and the weather"))
    #expect(found[0].statements[0].text.hasSuffix("may have played a part."))
  }

  @Test func reportedSpeechIsComparedWithTheDirectQuote() throws {
    let texts = [
      "Chief executive George Kurtz went on television. “We’re deeply sorry for the impact that we’ve caused to customers, to travelers, to anyone affected by this,” he said.",
      "Chief executive George Kurtz apologized on television for the disruption the update had caused to customers and travelers.",
      "Chief executive George Kurtz said the company would not stop until every customer was back up and running.",
    ]
    let corpus = Corpus(articles: texts.enumerated().map { Article(id: "a\($0.offset)", path: "a\($0.offset).txt", text: $0.element) })
    let found = Analysis(corpus: corpus).discrepancies.filter { $0.kind == .quote }
    try #require(found.count == 1)
    #expect(found[0].statements.map(\.articleID) == ["a0", "a1"])
    #expect(found[0].statements[1].text.hasPrefix("apologized on television"))
  }
}
