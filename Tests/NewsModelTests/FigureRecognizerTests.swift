import Testing
@testable import NewsModel

@Suite struct FigureRecognizerTests {
  /// The figures of a text as (text, type, value, unit, qualifier).
  func figures(_ text: String) -> [(String, String, Double?, String, String?)] {
    let article = Article(id: "a", path: "a.txt", text: text)
    return FigureRecognizer.figures(in: article).map {
      (article.string(in: $0.span), $0.type.rawValue, $0.value, $0.unit.name, $0.qualifier)
    }
  }

  func spans(_ text: String) -> [String] { figures(text).map(\.0) }

  @Test func countsAreTheNumberAlone() {
    let found = figures("Russia received 10,000 North Korean troops.")
    #expect(found.count == 1)
    #expect(found[0].0 == "10,000" && found[0].1 == "QUANTITY" && found[0].2 == 10000 && found[0].3 == "count")
  }

  @Test func measuresKeepTheirUnit() {
    #expect(spans("a range exceeding 300 kilometers and 190 miles") == ["300 kilometers", "190 miles"])
    #expect(spans("winds of 50 km/h, 40 knots, 27,000 cubic meters, 220,000 short tons") == [
      "50 km/h", "40 knots", "27,000 cubic meters", "220,000 short tons",
    ])
  }

  @Test func approximatorsStayOutsideAndBecomeTheQualifier() {
    let cases: [(String, String, Bound)] = [
      ("about 190 miles", "about", .about), ("almost 10,000 troops", "almost", .lessThan),
      ("over 10,000 troops", "over", .moreThan), ("as many as 12,000 troops", "as many as", .atMost),
      ("at least eight civilians", "at least", .atLeast), ("nearly 50 injured", "nearly", .lessThan),
      ("exceeding 300 kilometers", "exceeding", .moreThan), ("more than 2,000 people", "more than", .moreThan),
      ("up to 50 km/h", "up to", .atMost), ("some 70 kilometres", "some", .about),
      ("roughly 45 miles", "roughly", .about), ("around 10,000 troops", "around", .about),
    ]
    for (text, qualifier, bound) in cases {
      let article = Article(id: "a", path: "a.txt", text: "They said \(text).")
      let figure = FigureRecognizer.figures(in: article)[0]
      #expect(figure.qualifier == qualifier, "\(text)")
      #expect(figure.bound == bound, "\(text)")
      #expect(!article.string(in: figure.span).hasPrefix(qualifier), "\(text)")
    }
  }

  @Test func vagueCountsHaveNoValue() {
    let found = figures("thousands of troops and dozens of people, tens of thousands in all")
    #expect(found.map(\.0) == ["thousands", "dozens", "tens of thousands"])
    #expect(found.allSatisfy { $0.1 == "QUANTITY" && $0.2 == nil })
  }

  @Test func datesAndDurations() {
    #expect(spans("In January 2025, on February 24, 2022, on November 5 and in September.") == [
      "January 2025", "February 24, 2022", "November 5", "September",
    ])
    #expect(spans("On Monday, two months later, the 1,000-day-long war reached its 1,000th day within 24 hours.") == [
      "Monday", "two months", "1,000-day-long", "1,000th day", "24 hours",
    ])
    #expect(spans("It happened earlier this year and over the weekend.") == ["earlier this year", "the weekend"])
    #expect(figures("two months").first?.1 == "DATE")
  }

  @Test func ambiguousMonthsNeedADayOrYear() {
    #expect(spans("Protesters may march. It was May 2024.") == ["May 2024"])
  }

  @Test func numbersInWords() {
    let found = figures("ten dead, a dozen hurt, Fourteen tugboats and twenty-five ships")
    #expect(found.map(\.0) == ["ten", "a dozen", "Fourteen", "twenty-five"])
    #expect(found.map(\.2) == [10, 12, 14, 25])
  }

  @Test func thePronounOneIsNotAFigure() {
    #expect(spans("One of them said no one knew.") == [])
    #expect(spans("less than one percent") == ["one percent"])
  }

  @Test func money() {
    let found = figures("over $56 billion in aid, £5m and $9.6bn a day")
    #expect(found.map(\.0) == ["$56 billion", "£5m", "$9.6bn"])
    #expect(found.map(\.2) == [56e9, 5e6, 9.6e9])
    #expect(found.map(\.3) == ["USD", "GBP", "USD"])
  }

  @Test func designationsAreNotFigures() {
    #expect(spans("F-16 jets at the G20 summit fought COVID-19") == [])
  }

  @Test func timesOfDayWithZones() {
    let article = Article(id: "a", path: "a.txt", text: "at 23:11 local time (22:11 GMT), 11.11pm UK time, 9:09 p.m. Pacific time")
    let found = FigureRecognizer.figures(in: article)
    #expect(found.map { article.string(in: $0.span) } == ["23:11", "22:11", "11.11pm", "9:09 p.m."])
    #expect(found.map(\.value) == [1391, 1331, 1391, 1269])
    #expect(found[0].isLocalTime)
    #expect(found[1].utcOffsets == 0...0)
    #expect(found[2].utcOffsets == 0...60)
    #expect(found[3].utcOffsets == -480...(-420))
  }

  @Test func rangesShareTheirUnit() {
    let found = figures("within 48 to 72 hours")
    #expect(found.count == 1 && found[0].0 == "48 to 72 hours" && found[0].2 == 48)
  }

  @Test func hyphenCompoundsAndPercent() {
    #expect(spans("a 400-metre ship, the 6.8-magnitude quake, 11% and 8 per cent") == [
      "400-metre", "6.8-magnitude", "11%", "8 per cent",
    ])
  }

  @Test func mentionsAreSortedAndDisjoint() {
    let article = Article(id: "a", path: "a.txt", text: "On February 24, 2022, about 10,000 troops and $56 billion arrived.")
    let mentions = FigureRecognizer.mentions(in: article)
    for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.span.end <= b.span.start) }
    #expect(mentions.map(\.type) == [.date, .quantity, .money])
  }
}
