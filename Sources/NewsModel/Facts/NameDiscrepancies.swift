/// Entities that outlets spell differently.
enum NameDiscrepancies {
  /// At most this many spellings of one entity are compared with each other.
  static let maximumSpellings = 32

  /// A low-severity `name` discrepancy for every set of respellings of one entity that split the outlets.
  ///
  /// Two spellings count when `NameSpelling` finds them the same name written differently and each is
  /// used by an article that does not use the other (one article's headline in capitals is no dispute).
  static func discrepancies(entities: [Entity], corpus: Corpus, mentions: [[Mention]]) -> [Discrepancy] {
    var articleIndex: [String: Int] = [:]
    for (index, article) in corpus.articles.enumerated() { articleIndex[article.id] = index }
    var result: [Discrepancy] = []
    for entity in entities where entity.type.isName && entity.variants.count > 1 {
      for spellings in respellings(of: entity) {
        var statements: [Statement] = []
        for spelling in spellings {
          for id in entity.variantArticles[spelling] ?? [] {
            guard let index = articleIndex[id], index < mentions.count,
              let statement = firstUse(of: spelling, entity: entity.id, article: corpus.articles[index], mentions: mentions[index])
            else { continue }
            statements.append(statement)
          }
        }
        guard Set(statements.map(\.articleID)).count > 1 else { continue }
        result.append(
          Discrepancy(
            kind: .name, subject: "spelling of \(entity.name)", verdict: .conflict, severity: .low, statements: statements))
      }
    }
    return result
  }

  /// The groups of an entity's spellings joined by respellings that different articles use; a group
  /// takes in the short forms of its names that are respellings too ("Zelensky"/"Zelenskyy").
  static func respellings(of entity: Entity) -> [[String]] {
    let variants = Array(entity.variants.prefix(maximumSpellings))
    let articles = variants.map { Set(entity.variantArticles[$0] ?? []) }
    var groups = UnionFind(count: variants.count)
    var joined = Set<Int>()
    for i in variants.indices {
      for j in variants.indices where j > i && !articles[i].subtracting(articles[j]).isEmpty
        && !articles[j].subtracting(articles[i]).isEmpty && NameSpelling.isRespelling(variants[i], variants[j])
      {
        groups.union(i, j)
        joined.formUnion([i, j])
      }
    }
    for i in joined {
      for j in joined where i != j && isShortForm(variants[i], of: variants[j]) { groups.union(i, j) }
    }
    var members: [Int: [String]] = [:]
    for i in joined.sorted() { members[groups.find(i), default: []].append(variants[i]) }
    return members.keys.sorted().map { members[$0]! }
  }

  /// Whether `short` is `long` with words left out ("Zelensky" of "Volodymyr Zelensky").
  static func isShortForm(_ short: String, of long: String) -> Bool {
    let shortWords = short.split(separator: " ")
    let longWords = long.split(separator: " ")
    return shortWords.count < longWords.count && shortWords.allSatisfy { longWords.contains($0) }
  }

  /// The sentence where an article first uses a spelling of an entity.
  static func firstUse(of spelling: String, entity: String, article: Article, mentions: [Mention]) -> Statement? {
    guard let mention = mentions.first(where: { $0.entityID == entity && article.string(in: $0.span) == spelling }),
      let sentence = article.sentenceIndex(containing: mention.span.start)
    else { return nil }
    let span = article.sentences[sentence].span
    return Statement(
      articleID: article.id, span: span, text: article.string(in: span), figure: mention.span,
      value: StatedValue(low: nil, high: nil, unit: "spelling", qualifier: spelling))
  }
}
