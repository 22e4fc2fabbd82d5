/// Entities that outlets spell differently.
enum NameDiscrepancies {
  /// A low-severity `name` discrepancy for every entity whose variant spellings (not just shorter forms) split the outlets.
  static func discrepancies(entities: [Entity], corpus: Corpus, mentions: [[Mention]]) -> [Discrepancy] {
    var articleIndex: [String: Int] = [:]
    for (index, article) in corpus.articles.enumerated() { articleIndex[article.id] = index }
    var result: [Discrepancy] = []
    for entity in entities where entity.type.isName && entity.variants.count > 1 {
      let spellings = entity.variants.filter { variant in
        !entity.variants.contains { other in other != variant && isShortForm(variant, of: other) }
      }
      guard spellings.count > 1 else { continue }
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
    return result
  }

  /// Whether `short` is `long` with words left out ("Biden" of "Joe Biden"), which is no spelling difference.
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
