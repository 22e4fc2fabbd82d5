import NewsModel
import Testing
import TerminalUI
@testable import ReaderUI

/// The article list grouped by story once the analysis has arrived.
@Suite struct StoryListTests {
  static let flood = """
    Floods hit Valencia after a storm dropped a year of rain in eight hours. The Turia river burst its banks, \
    and 214 people died in the Valencia region, officials said on Friday. Rescue teams from Madrid searched \
    flooded garages in Paiporta, where cars were piled against bridges. The Spanish government declared three \
    days of mourning and sent 1,200 soldiers. Residents of Paiporta said the alert came too late.
    """
  static let chess = """
    Magnus Carlsen won the Norway Chess title in Stavanger on Friday, beating Hikaru Nakamura in an armageddon \
    game after their classical game was drawn. The Norwegian champion finished with 17.5 points, half a point \
    ahead of Fabiano Caruana. Carlsen said the tournament had been his hardest in years, praising the young \
    players who pushed him in every round. Organisers in Stavanger said the event drew record online audiences.
    """

  /// Two flood reports with a chess report loaded between them.
  static func state() -> ReaderState {
    let corpus = Corpus(articles: [
      Article(id: "flood-1", path: "flood-1.txt", text: "outlet: North Star\n\n" + flood),
      Article(id: "chess", path: "chess.txt", text: "outlet: Board Times\n\n" + chess),
      Article(id: "flood-2", path: "flood-2.txt", text: "outlet: South Wind\n\n" + flood.replacingOccurrences(of: "Friday", with: "Saturday")),
    ])
    var state = ReaderState(corpus: corpus, width: 100, height: 20)
    _ = state.update(.analysisReady(Analysis(corpus: corpus)))
    return state
  }

  @Test func eachStoryHasAHeaderRowNamingItsOutletsAndItsArticlesFollowIt() {
    let state = Self.state()
    #expect(state.listRows.entries == [.story(0), .article(0), .article(2), .story(1), .article(1)])
    let lines = state.screen.split(separator: "\n").map(String.init)
    let list = lines.map { String($0.prefix(state.geometry.list.width - 1)) }
    #expect(list[2...3] == ["▸ Floods hit Valencia a…", "  2 outlets: North Star…"])
    #expect(list[8...9] == ["▸ Magnus Carlsen won th…", "  1 outlet: Board Times "])
  }

  @Test func movingInTheListFollowsTheStoriesAndSkipsHeaders() {
    var state = Self.state()
    state.type("j")
    #expect(state.selectedArticle == 2)
    state.type("j")
    #expect(state.selectedArticle == 1)
    state.type("k")
    #expect(state.selectedArticle == 2)
  }

  @Test func clickingAHeaderSelectsNothingAndClickingAnArticleSelectsIt() {
    var state = Self.state()
    let list = state.geometry.list
    _ = state.update(.input(.mouse(MouseEvent(action: .press, x: list.x + 2, y: list.y + 1))))
    #expect(state.selectedArticle == 0)
    // Two rows each under the title: header, flood-1, flood-2, header, chess.
    _ = state.update(.input(.mouse(MouseEvent(action: .press, x: list.x + 2, y: list.y + 1 + 8))))
    #expect(state.selectedArticle == 1)
  }
}
