extension Analysis {
  /// Writes the analysis in the JSON contract of `parallax analyze --json`, version 1.
  ///
  /// Streams straight into the writer: no tree of values, and mention texts are written from
  /// the article's scalars without building strings.
  public func writeJSON(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("version")
    writer.int(1)
    writer.key("articles")
    writer.beginArray()
    for (article, mentions) in zip(corpus.articles, mentions) {
      writer.beginObject()
      writer.key("id")
      writer.string(article.id)
      writer.key("path")
      writer.string(article.path)
      writer.key("title")
      writer.string(article.title)
      writer.key("outlet")
      writer.string(article.outlet)
      writer.key("format")
      writer.string(article.format.rawValue)
      writer.key("words")
      writer.int(article.wordCount)
      writer.key("mentions")
      writer.beginArray()
      for mention in mentions {
        writer.beginObject()
        writer.key("start")
        writer.int(mention.span.start)
        writer.key("end")
        writer.int(mention.span.end)
        writer.key("text")
        writer.string(article.text.scalars[mention.span.start..<mention.span.end])
        writer.key("type")
        writer.string(mention.type.rawValue)
        writer.key("entity")
        writer.string(mention.entityID)
        writer.endObject()
      }
      writer.endArray()
      for (key, value) in article.renderedTextField {
        writer.key(key)
        writer.value(value)
      }
      writer.endObject()
    }
    writer.endArray()
    writer.key("entities")
    writer.beginArray()
    for entity in entities {
      writer.beginObject()
      writer.key("id")
      writer.string(entity.id)
      writer.key("name")
      writer.string(entity.name)
      writer.key("type")
      writer.string(entity.type.rawValue)
      writer.key("variants")
      writer.beginArray()
      for variant in entity.variants { writer.string(variant) }
      writer.endArray()
      writer.key("articles")
      writer.beginArray()
      for id in entity.articles { writer.string(id) }
      writer.endArray()
      writer.key("mentions")
      writer.int(entity.mentionCount)
      writer.endObject()
    }
    writer.endArray()
    writer.key("stories")
    writer.beginArray()
    for story in stories { writer.value(story.jsonValue(in: corpus)) }
    writer.endArray()
    writer.key("discrepancies")
    writer.beginArray()
    for discrepancy in discrepancies { writer.value(discrepancy.jsonValue) }
    writer.endArray()
    writer.endObject()
  }
}

extension Analysis {
  /// The whole JSON of `analyze --json` as one string (for tests and small corpora).
  public var jsonText: String {
    var writer = JSONWriter()
    writeJSON(to: &writer)
    return writer.text
  }
}
