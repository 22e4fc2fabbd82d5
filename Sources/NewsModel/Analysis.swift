/// Everything Parallax knows about a corpus: mentions, entities, discrepancies.
public struct Analysis: Sendable {
  /// The articles analysed.
  public let corpus: Corpus
  /// For each article (in corpus order), its mentions sorted by position, never overlapping.
  public let mentions: [[Mention]]
  /// The entities the name mentions were linked into.
  public let entities: [Entity]
  /// The stories the articles were grouped into; discrepancies are found within each.
  public let stories: [Story]
  /// Where the outlets disagree, most severe first.
  public let discrepancies: [Discrepancy]

  /// Analyses a corpus.
  public init(corpus: Corpus) {
    var mentions = ParallelMap.map(corpus.articles) { article in
      MentionMerger.merge(NameRecognizer.mentions(in: article), FigureRecognizer.mentions(in: article))
    }
    let entities = EntityLinker.link(&mentions, in: corpus)
    self.corpus = corpus
    self.mentions = mentions
    self.entities = entities
    let stories = StoryClusterer.stories(in: corpus, mentions: mentions)
    self.stories = stories
    self.discrepancies = StoryDiscrepancies.discrepancies(in: corpus, stories: stories, mentions: mentions, entities: entities)
  }

  /// The entity with an id.
  public func entity(id: String) -> Entity? { entityIndex[id].map { entities[$0] } }

  private var entityIndex: [String: Int] {
    Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
  }
}
