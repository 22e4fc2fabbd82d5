import Testing
@testable import NewsModel

@Suite struct SentenceSplitterTests {
  func split(_ s: String) -> [String] {
    let text = ArticleText(s)
    return SentenceSplitter.sentences(in: text, block: TextSpan(start: 0, end: text.count)).map { text.string(in: $0) }
  }

  @Test func abbreviationsAndDecimalsDoNotEndSentences() {
    #expect(split("The U.S. Sen. Mark Warner met Dr. Lee. A 6.8 quake hit.") == ["The U.S. Sen. Mark Warner met Dr. Lee.", "A 6.8 quake hit."])
  }

  @Test func initialsDoNotEndSentences() {
    #expect(split("President-elect Donald J. Trump takes office. He said so.") == ["President-elect Donald J. Trump takes office.", "He said so."])
  }

  @Test func closingQuotesStayWithTheirSentence() {
    #expect(split("“We ran,” she said. “Nobody knew.” Then rain fell.") == ["“We ran,” she said.", "“Nobody knew.”", "Then rain fell."])
  }
}
