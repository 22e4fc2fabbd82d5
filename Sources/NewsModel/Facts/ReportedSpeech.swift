/// Reported speech: what a named person or body is said to have said, without quotation marks
/// ("George Kurtz apologized … for the disruption"), to set against their direct quotes in other outlets.
enum ReportedSpeech {
  /// Verbs that report what someone said.
  static let verbs: Set<String> = [
    "said", "says", "argued", "argues", "apologized", "apologised", "apologizes", "apologises", "blamed", "blames",
    "warned", "insisted", "claimed", "stressed", "acknowledged", "admitted", "denied", "explained", "promised",
  ]

  /// The reported statements of an article: the rest of a sentence after a named person or organisation and
  /// a reporting verb, in sentences that hold no direct quote (`quotes`, in text order).
  static func statements(in article: Article, index: Int, mentions: [Mention], quotes: [Quote]) -> [Quote] {
    let speakers = mentions.filter { ($0.type == .person || $0.type == .organization) && $0.entityID != nil }
    var result: [Quote] = []
    var nextQuote = 0
    var nextSpeaker = 0
    for sentence in article.sentences {
      let span = sentence.span
      while nextQuote < quotes.count, quotes[nextQuote].span.end <= span.start { nextQuote += 1 }
      while nextSpeaker < speakers.count, speakers[nextSpeaker].span.end <= span.start { nextSpeaker += 1 }
      if nextQuote < quotes.count, quotes[nextQuote].span.start < span.end { continue }
      var k = nextSpeaker
      while k < speakers.count, speakers[k].span.start < span.end {
        if let words = reported(after: speakers[k], in: span, article: article) {
          result.append(
            Quote(
              articleIndex: index, span: words, speaker: article.string(in: speakers[k].span),
              speakerKey: speakers[k].entityID, isReported: true))
          break
        }
        k += 1
      }
    }
    return result
  }

  /// Whether a scalar belongs to a word (a letter or a digit).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The words reported after a speaker: from a reporting verb right after the name (a comma between
  /// allowed) to the end of the sentence, without its closing punctuation.
  static func reported(after speaker: Mention, in sentence: TextSpan, article: Article) -> TextSpan? {
    guard speaker.span.end < sentence.end else { return nil }
    let window = TextSpan(start: speaker.span.end, end: min(sentence.end, speaker.span.end + 32))
    let tokens = Tokenizer.tokens(in: article.text, span: window)
    var i = 0
    if i < tokens.count, tokens[i].kind == .punctuation, article.text.scalars[tokens[i].span.start] == "," { i += 1 }
    guard i < tokens.count, tokens[i].kind == .word, verbs.contains(article.string(in: tokens[i].span).lowercased())
    else { return nil }
    var end = sentence.end
    while end > tokens[i].span.end, !isWordScalar(article.text.scalars[end - 1]) { end -= 1 }
    guard end > tokens[i].span.end else { return nil }
    return TextSpan(start: tokens[i].span.start, end: end)
  }
}
