/// Discrepancies found story by story, so that outlets are compared only on one event.
enum StoryDiscrepancies {
  /// The discrepancies within each story of more than one article, numbered across the corpus, most severe first.
  static func discrepancies(in corpus: Corpus, stories: [Story], mentions: [[Mention]], entities: [Entity]) -> [Discrepancy] {
    if stories.count == 1 {
      return DiscrepancyFinder.discrepancies(in: corpus, mentions: mentions, entities: entities)
    }
    var found: [Discrepancy] = []
    for story in stories where story.articles.count > 1 {
      let articles = story.articles.map { corpus.articles[$0] }
      let ids = Set(articles.map(\.id))
      let storyMentions = story.articles.map { $0 < mentions.count ? mentions[$0] : [] }
      let storyEntities = entities.compactMap { $0.restricted(to: ids) }
      found += DiscrepancyFinder.discrepancies(in: Corpus(articles: articles), mentions: storyMentions, entities: storyEntities)
    }
    return DiscrepancyFinder.ordered(found)
  }
}

extension Entity {
  /// The entity as the given articles know it (only their spellings), or nil when none mentions it.
  func restricted(to articleIDs: Set<String>) -> Entity? {
    let kept = articles.filter { articleIDs.contains($0) }
    guard !kept.isEmpty else { return nil }
    var spellings: [String: [String]] = [:]
    for (variant, ids) in variantArticles {
      let inStory = ids.filter { articleIDs.contains($0) }
      if !inStory.isEmpty { spellings[variant] = inStory }
    }
    return Entity(
      id: id, name: name, type: type, variants: variants.filter { spellings[$0] != nil }, variantArticles: spellings,
      articles: kept, mentionCount: mentionCount)
  }
}
