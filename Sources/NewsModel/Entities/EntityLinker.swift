/// Links name mentions across articles into entities.
///
/// Mentions are grouped by their exact spelling and type; spellings are then joined when a list
/// names them as one thing, when they fold to the same letters (case, diacritics, hyphens), when
/// one is the other's acronym, when they differ by one edit in a long name, and when a lone
/// surname fits exactly one full name. Only spellings of the same type are ever joined.
public enum EntityLinker {
  /// Sets `entityID` on every name mention and returns the entities, ids stable for the same input.
  public static func link(_ mentions: inout [[Mention]], in corpus: Corpus) -> [Entity] {
    var spellings = SpellingTable()
    var definitions: [(long: Int, short: Int)] = []
    for (articleIndex, article) in corpus.articles.enumerated() {
      var previous: (spelling: Int, end: Int)?
      for (mentionIndex, mention) in mentions[articleIndex].enumerated() where mention.type.isName {
        let spelling = spellings.add(
          article.string(in: mention.span), type: mention.type, article: articleIndex, mention: mentionIndex)
        if let previous, isParenthesised(mention.span, after: previous.end, in: article.text) {
          definitions.append((previous.spelling, spelling))
        }
        previous = (spelling, mention.span.end)
      }
    }
    var groups = UnionFind(count: spellings.all.count)
    joinListedAndFolded(spellings.all, &groups)
    joinAcronyms(spellings.all, definitions: definitions, &groups)
    joinVariants(spellings.all, &groups)
    joinSurnames(spellings.all, &groups)
    joinShortOrganizationNames(spellings.all, &groups)
    return entities(from: spellings, groups: &groups, mentions: &mentions, corpus: corpus)
  }

  /// The country a nationality word belongs to ("North Korean" → "North Korea"), if it has one.
  public static func country(forDemonym demonym: String) -> String? {
    let gazetteer = Gazetteer.shared
    guard let index = gazetteer.entryIndex(named: demonym), gazetteer.entries[index].type == .nationality else {
      return nil
    }
    return gazetteer.entries[index].country
  }

  /// Whether a span is written "(…)" right after an offset: "Long Form (LF)".
  private static func isParenthesised(_ span: TextSpan, after end: Int, in text: ArticleText) -> Bool {
    guard span.start - end <= 2, span.start >= 1, text[safe: span.start - 1] == "(", text[safe: span.end] == ")" else {
      return false
    }
    return span.start - end == 1 || text[safe: end] == " "
  }

  private static func entities(
    from spellings: SpellingTable, groups: inout UnionFind, mentions: inout [[Mention]], corpus: Corpus
  ) -> [Entity] {
    var ids: [Int: Int] = [:]  // group root → entity index
    var members: [[Int]] = []
    for spelling in spellings.all.indices {  // spellings are in order of first appearance
      let root = groups.find(spelling)
      if let entity = ids[root] {
        members[entity].append(spelling)
      } else {
        ids[root] = members.count
        members.append([spelling])
      }
    }
    for (index, spelling) in spellings.all.enumerated() {
      let id = "e\(ids[groups.find(index)]! + 1)"
      for (article, mention) in spelling.occurrences { mentions[article][mention].entityID = id }
    }
    return members.enumerated().map { offset, group in
      entity(id: "e\(offset + 1)", spellings: group.map { spellings.all[$0] }, corpus: corpus)
    }
  }

  private static func entity(id: String, spellings: [Spelling], corpus: Corpus) -> Entity {
    var variantArticles: [String: [String]] = [:]
    var articleIndices: Set<Int> = []
    for spelling in spellings {
      let indices = Set(spelling.occurrences.map(\.article)).sorted()
      variantArticles[spelling.text] = indices.map { corpus.articles[$0].id }
      articleIndices.formUnion(indices)
    }
    return Entity(
      id: id, name: preferredName(spellings), type: spellings[0].type, variants: variantArticles.keys.sorted(),
      variantArticles: variantArticles, articles: articleIndices.sorted().map { corpus.articles[$0].id },
      mentionCount: spellings.reduce(0) { $0 + $1.occurrences.count })
  }

  /// The fullest common spelling: a list's own spelling when it has one, else the spelling
  /// with most words (initials not counted), then the most used, then the one with diacritics.
  static func preferredName(_ spellings: [Spelling]) -> String {
    let gazetteer = Gazetteer.shared
    for spelling in spellings {
      if let entry = spelling.listedEntry, spellings.contains(where: { $0.text == gazetteer.entries[entry].canonical }) {
        return gazetteer.entries[entry].canonical
      }
    }
    func rank(_ spelling: Spelling) -> (Int, Int, Int, String) {
      let words = spelling.words.filter { $0.count > 1 }.count
      let marked = spelling.text.unicodeScalars.filter { $0.value > 127 && $0.isLetterLike }.count
      return (words, spelling.occurrences.count, marked, spelling.text)
    }
    return spellings.max { rank($0) < rank($1) }!.text
  }
}
