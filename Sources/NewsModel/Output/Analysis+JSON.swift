extension Analysis {
  /// The analysis in the JSON contract of `parallax analyze --json`, version 1.
  public var jsonValue: JSONValue {
    .object([
      ("version", .int(1)),
      ("articles", .array(zip(corpus.articles, mentions).map { article, mentions in
        .object([
          ("id", .string(article.id)),
          ("path", .string(article.path)),
          ("title", .string(article.title)),
          ("outlet", .string(article.outlet)),
          ("format", .string(article.format.rawValue)),
          ("words", .int(article.wordCount)),
          ("mentions", .array(mentions.map { mention in
            .object([
              ("start", .int(mention.span.start)),
              ("end", .int(mention.span.end)),
              ("text", .string(article.string(in: mention.span))),
              ("type", .string(mention.type.rawValue)),
              ("entity", mention.entityID.map { .string($0) } ?? .null),
            ])
          })),
        ] + article.renderedTextField)
      })),
      ("entities", .array(entities.map { entity in
        .object([
          ("id", .string(entity.id)),
          ("name", .string(entity.name)),
          ("type", .string(entity.type.rawValue)),
          ("variants", .array(entity.variants.map { .string($0) })),
          ("articles", .array(entity.articles.map { .string($0) })),
          ("mentions", .int(entity.mentionCount)),
        ])
      })),
      ("stories", .array(stories.map { $0.jsonValue(in: corpus) })),
      ("discrepancies", .array(discrepancies.map(\.jsonValue))),
    ])
  }
}
