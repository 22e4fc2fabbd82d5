import NewsModel

extension ReaderState {
  /// The key an article's place is kept under: its path made absolute against `placeDirectory`, and its id.
  public func placeKey(ofArticle index: Int) -> String {
    let article = corpus.articles[index]
    let isAbsolute = article.path.hasPrefix("/") || article.path.contains("://")
    return (isAbsolute ? article.path : placeDirectory + "/" + article.path) + "#" + article.id
  }

  /// Takes the places saved by an earlier run, for the articles open now and those still loading.
  public mutating func restorePlaces(_ places: [String: ReadingPlace], directory: String) {
    savedPlaces = places
    placeDirectory = directory
    applyReadingPlaces(from: 0)
  }

  /// Every article read or scrolled, with its place now.
  public mutating func placesToSave() -> [String: ReadingPlace] {
    readingAnchors[selectedArticle] = layout.sourceOffset(atLine: readingTop) ?? 0
    var places: [String: ReadingPlace] = [:]
    for index in corpus.articles.indices where readArticles.contains(index) || readingAnchors[index] > 0 {
      places[placeKey(ofArticle: index)] = ReadingPlace(read: readArticles.contains(index), offset: readingAnchors[index])
    }
    return places
  }

  /// Applies saved places to the articles from `start` on; the article shown opens where it was left.
  mutating func applyReadingPlaces(from start: Int) {
    guard !savedPlaces.isEmpty, start < corpus.articles.count else { return }
    for index in start..<corpus.articles.count {
      guard let place = savedPlaces[placeKey(ofArticle: index)] else { continue }
      readingAnchors[index] = min(max(0, place.offset), corpus.articles[index].text.count)
      if place.read { readArticles.insert(index) }
      if index == selectedArticle, readingTop == 0, readingAnchors[index] > 0 {
        readingTop = layout.lineIndex(containing: readingAnchors[index]) ?? 0
        clampReading()
      }
    }
  }
}
