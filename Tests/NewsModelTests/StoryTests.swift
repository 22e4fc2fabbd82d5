import Foundation
import Testing
@testable import NewsModel

@Suite struct StoryTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let devset = packageRoot.appendingPathComponent("../shared/devset").standardized.path
  static let events = ["morocco-quake", "ever-given", "crowdstrike-outage"]
  static var hasDevset: Bool { events.allSatisfy { FileManager.default.fileExists(atPath: devset + "/" + $0) } }

  /// The folder (event) an article was read from.
  static func event(of article: Article) -> String { (article.path as NSString).deletingLastPathComponent }

  @Test(.enabled(if: hasDevset, "../shared/devset is missing: the mixed-events test is skipped"))
  func threeMixedEventsAreThreeStoriesAndNoDiscrepancyMixesThem() throws {
    // Interleave the events' files so that grouping cannot lean on load order.
    let folders = Self.events.map { Self.devset + "/" + $0 }
    let files = folders.map { folder in
      (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 } ?? []
    }
    let interleaved = (0..<5).flatMap { index in files.map { $0[index] } }
    let (corpus, problems) = CorpusLoader.load(paths: interleaved)
    #expect(problems.isEmpty)
    let analysis = Analysis(corpus: corpus)
    #expect(analysis.stories.count == 3)
    for story in analysis.stories {
      #expect(story.articles.count == 5)
      #expect(Set(story.articles.map { Self.event(of: corpus.articles[$0]) }).count == 1)
    }
    #expect(!analysis.discrepancies.isEmpty)
    for discrepancy in analysis.discrepancies {
      let events = Set(discrepancy.statements.compactMap { corpus.article(named: $0.articleID).map(Self.event) })
      #expect(events.count == 1, "\(discrepancy.id) mixes \(events)")
    }
    let ids = analysis.discrepancies.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(Analysis(corpus: corpus).discrepancies.map(\.id) == ids)
  }

  @Test(.enabled(if: hasDevset, "../shared/devset is missing: the one-event test is skipped"), arguments: events)
  func oneEventOnItsOwnIsOneStory(event: String) {
    // In a small corpus every shared word is common; the event must still hold together.
    let (corpus, _) = CorpusLoader.load(paths: [Self.devset + "/" + event])
    #expect(Analysis(corpus: corpus).stories.map(\.articles.count) == [5])
  }

  @Test func theSeedsAreOneStoryWithEveryOutlet() {
    let (corpus, _) = CorpusLoader.load(paths: [Self.packageRoot.appendingPathComponent("seeds").path])
    let analysis = Analysis(corpus: corpus)
    #expect(analysis.stories.map(\.articles) == [Array(0..<5)])
    #expect(analysis.stories.first?.outlets.count == 5)
  }

  static let floodA = """
    outlet: North Star

    Floods hit Valencia after a storm dropped a year of rain in eight hours. The Turia river burst its banks, \
    and 214 people died in the Valencia region, officials said on Friday. Rescue teams from Madrid searched \
    flooded garages in Paiporta, where cars were piled against bridges. The Spanish government declared three \
    days of mourning and sent 1,200 soldiers. Residents of Paiporta said the alert came too late.
    """
  static let floodB = """
    outlet: South Wind

    In Valencia, 214 people died when the Turia river burst its banks after torrential floods. Soldiers \
    searched Paiporta and other towns south of the city, where mud covered streets and garages. The regional \
    government faced questions over an alert sent hours after the water rose. Spain declared three days of \
    national mourning, and the army sent 1,200 more soldiers to the Valencia region on Friday.
    """
  static let chess = """
    Magnus Carlsen won the Norway Chess title in Stavanger on Friday, beating Hikaru Nakamura in an armageddon \
    game after their classical game was drawn. The Norwegian champion finished with 17.5 points, half a point \
    ahead of Fabiano Caruana. Carlsen said the tournament had been his hardest in years, praising the young \
    players who pushed him in every round. Organisers in Stavanger said the event drew record online audiences.
    """

  @Test func unrelatedArticlesStayApartAndAStoryNamesItsOutlets() {
    let corpus = Corpus(articles: [
      Article(id: "a", path: "a.txt", text: Self.floodA), Article(id: "b", path: "b.txt", text: Self.chess),
      Article(id: "c", path: "c.txt", text: Self.floodB),
    ])
    let analysis = Analysis(corpus: corpus)
    #expect(analysis.stories.map(\.articles) == [[0, 2], [1]])
    #expect(analysis.stories.map(\.outlets) == [["North Star", "South Wind"], ["b"]])
    #expect(analysis.stories.map(\.id) == ["s1", "s2"])
  }

  @Test func aShortArticleJoinsTheStoryItMatchesAndUnmatchedShortOnesStayTogether() {
    let corpus = Corpus(articles: [
      Article(id: "a", path: "a.txt", text: Self.floodA), Article(id: "b", path: "b.txt", text: Self.chess),
      Article(id: "brief", path: "brief.txt", text: "Turia floods: 214 dead in Valencia, soldiers search Paiporta."),
      Article(id: "x", path: "x.txt", text: "The range exceeds 300 kilometers."),
      Article(id: "y", path: "y.txt", text: "Targets about 190 miles away."),
    ])
    #expect(Analysis(corpus: corpus).stories.map(\.articles) == [[0, 2], [1], [3, 4]])
  }
}
