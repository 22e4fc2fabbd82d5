import NewsModel
import Testing
import TerminalUI
@testable import ReaderUI

/// Read state and position per article, as kept between runs.
@Suite struct ReadingPlaceTests {
  @Test func aReadingPlaceOpensTheArticleWhereItWasLeftAndMarksItRead() {
    var state = ReaderFixtures.seedsState(width: 120, height: 30)
    let key = state.placeKey(ofArticle: 1)
    #expect(key == ReaderFixtures.seeds.articles[1].path + "#" + ReaderFixtures.seeds.articles[1].id)
    state.restorePlaces([key: ReadingPlace(read: true, offset: 900)], directory: "/elsewhere")
    #expect(state.readArticles == [1])
    #expect(state.screen.split(separator: "\n").filter { $0.hasPrefix("✓ 001_70151f199b542c1d") }.count == 1)
    state.type("j")
    #expect(state.selectedArticle == 1)
    #expect(state.readingTop > 0)
    #expect(state.layout.sourceOffset(atLine: state.readingTop).map { $0 <= 900 } == true)
  }

  @Test func readingAnArticleAndScrollingItIsWhatIsSaved() {
    var state = ReaderFixtures.seedsState(width: 120, height: 30)
    #expect(state.placesToSave().isEmpty)
    _ = state.update(.input(.key(.enter)))
    state.type("jjjj")
    let places = state.placesToSave()
    let place = places[state.placeKey(ofArticle: 0)]
    #expect(places.count == 1)
    #expect(place?.read == true)
    #expect((place?.offset ?? 0) > 0)
  }

  @Test func relativePathsAreKeptAgainstTheFolderGiven() {
    let article = Article(id: "a", path: "seeds/a.txt", text: "Some text here.")
    var state = ReaderState(corpus: Corpus(articles: [article]), width: 80, height: 24)
    state.restorePlaces([:], directory: "/home/reader")
    #expect(state.placeKey(ofArticle: 0) == "/home/reader/seeds/a.txt#a")
  }
}
