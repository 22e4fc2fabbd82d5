import Testing
@testable import NewsModel

@Suite struct AlignmentTests {
  func article(_ id: String, _ sentences: [String]) -> Article {
    Article(id: id, path: id + ".txt", text: sentences.joined(separator: " "))
  }

  func align(_ left: Article, _ right: Article) -> SentenceAlignment {
    SentenceAligner.align(left, right, statistics: CorpusStatistics(articles: [left, right]))
  }

  func pairs(_ alignment: SentenceAlignment) -> [String] {
    alignment.rows.map { "\($0.left.map(String.init) ?? "-"):\($0.right.map(String.init) ?? "-")" }
  }

  @Test func rewordedSentencesPair() {
    let left = article("a", [
      "Rescuers pulled three survivors from the collapsed hotel in Marrakesh on Sunday.",
      "The government declared three days of national mourning.",
    ])
    let right = article("b", [
      "On Sunday rescue teams pulled three people alive from the ruins of a hotel in Marrakesh.",
      "Three days of national mourning were declared by the government.",
    ])
    #expect(pairs(align(left, right)) == ["0:0", "1:1"])
  }

  @Test func movedSentenceIsPairedInLeftOrder() {
    let left = article("a", [
      "The canal authority said 369 vessels were waiting to transit the waterway.",
      "Dredgers removed sand from around the bow of the grounded container ship.",
      "Tugboats pulled the stern free on Monday morning after the spring tide.",
      "Insurers warned that claims for delayed cargo could run into millions of dollars.",
    ])
    let right = article("b", [
      "Insurers warned that claims for delayed cargo could run into millions of dollars.",
      "The canal authority said 369 vessels were waiting to transit the waterway.",
      "Dredgers removed sand from around the bow of the grounded container ship.",
      "Tugboats pulled the stern free on Monday morning after the spring tide.",
    ])
    let alignment = align(left, right)
    #expect(pairs(alignment) == ["0:1", "1:2", "2:3", "3:0"])
    #expect(alignment.rows.map(\.isMoved) == [false, false, false, true])
  }

  @Test func sentencesFoundOnOneSideStandAloneNearTheirNeighbours() {
    let left = article("a", [
      "The earthquake struck the High Atlas mountains late on Friday night.",
      "A shepherd said the floor lifted and then everything came down.",
      "The royal palace declared three days of national mourning.",
    ])
    let right = article("b", [
      "The earthquake struck the High Atlas mountains late on Friday.",
      "France offered to send rescue teams and field hospitals.",
      "The royal palace declared three days of mourning across the country.",
    ])
    let alignment = align(left, right)
    #expect(pairs(alignment) == ["0:0", "1:-", "-:1", "2:2"])
    #expect(alignment.rows[1].similarity == 0 && alignment.rows[1].changes.isEmpty)
  }

  @Test func wordDiffMarksTheFigureAndTheHedge() {
    let left = article("a", ["North Korea sent 10,000 troops."])
    let right = article("b", ["North Korea sent about 12,000 troops."])
    let row = align(left, right).rows[0]
    #expect(row.changes.map(\.kind) == [.figure, .hedge])
    #expect(row.leftChanges.map { left.string(in: $0) } == ["10,000"])
    #expect(row.rightChanges.map { right.string(in: $0) } == ["12,000", "about"])
  }

  @Test func wordDiffIgnoresCaseQuotesAndDigitGrouping() {
    let left = article("a", ["“Strikes are not made with words,” he said of the 10,000 troops."])
    let right = article("b", ["\"strikes are not made with words,\" he said of the 10 000 troops."])
    let row = align(left, right).rows[0]
    #expect(row.similarity > 0.9)
    #expect(row.changes.isEmpty)
  }

  @Test func pairsBelowTheDiffThresholdAreShownPlain() {
    let left = article("a", ["The ministry said 1,204 people had been injured in the quake."])
    let right = article("b", ["The ministry listed 2,059 people injured, 1,404 of them critically."])
    let statistics = CorpusStatistics(articles: [left, right])
    let plain = SentenceAligner.align(left, right, statistics: statistics, options: .init(diffThreshold: 1))
    let marked = SentenceAligner.align(left, right, statistics: statistics, options: .init(diffThreshold: 0))
    #expect(plain.rows.count == 1 && marked.rows.count == 1)
    #expect(plain.rows[0].changes.isEmpty)
    #expect(marked.rows[0].changes.first?.kind == .figure)
  }

  @Test func differingFiguresRaiseSimilarityInsteadOfLoweringIt() {
    func similarity(_ a: String, _ b: String) -> Double {
      let left = article("a", [a])
      let right = article("b", [b])
      return align(left, right).rows.first { $0.left != nil && $0.right != nil }?.similarity ?? 0
    }
    let plain = similarity("Officials said troops were deployed to the border region.", "Officials said troops were sent to the border region.")
    let figures = similarity("Officials said 10,000 troops were deployed to the border region.", "Officials said 12,000 troops were sent to the border region.")
    #expect(figures >= plain)
  }

  @Test func anEmptyArticleLeavesEverySentenceAlone() {
    let empty = Article(id: "a", path: "a.txt", text: "")
    let right = article("b", ["Crews removed sand from the bow.", "Tugs pulled the ship free."])
    #expect(pairs(align(empty, right)) == ["-:0", "-:1"])
    #expect(pairs(align(right, empty)) == ["0:-", "1:-"])
  }
}
