/// A direct quote (or reported speech) and the person or body it is attributed to.
public struct Quote: Sendable, Hashable {
  /// The index of the article in the corpus.
  public var articleIndex: Int
  /// The words inside the quotation marks, or the words reported.
  public var span: TextSpan
  /// The speaker as written ("Osama Rabie", "the ministry"), or nil when none was found.
  public var speaker: String?
  /// What links one speaker's quotes across articles: an entity id, or the lowercased surname or role.
  public var speakerKey: String?
  /// Whether the words are reported speech rather than a direct quote.
  public var isReported = false
}

/// Finds direct quotes and their speakers in an article.
public enum QuoteExtractor {
  /// Verbs that introduce or close a direct quote.
  static let speechVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "added", "adds", "remarked", "wrote", "writes", "posted", "warned",
    "stressed", "claimed", "denied", "insisted", "explained", "noted", "asked", "declared", "announced",
    "acknowledged", "admitted", "tweeted", "continued", "recalled", "urged", "replied", "conceded", "saying",
    "stating", "describing", "described", "calling", "called", "adding", "telling",
  ]
  /// Quotes shorter than this many words are taken for scare quotes or titles, not speech.
  static let minimumWords = 3

  /// The quotes of an article, with speakers found by pattern (“…,” X said / X said: “…” / according to X)
  /// or, for a pronoun, carried over from the last named speaker.
  public static func quotes(in article: Article, index: Int, mentions: [Mention]) -> [Quote] {
    var reader = SpeakerReader(article: article, mentions: mentions)
    var result: [Quote] = []
    var previousStart: Int?
    for block in article.blocks where block.kind == .paragraph {
      defer { previousStart = block.span.start }
      for inner in quoteSpans(in: article.text, block: block.span) {
        guard wordCount(article.text, inner) >= minimumWords else { continue }
        let context = previousStart ?? block.span.start
        let (speaker, key) = reader.speaker(of: inner, block: block.span, context: context)
        result.append(Quote(articleIndex: index, span: inner, speaker: speaker, speakerKey: key))
      }
    }
    return result
  }

  /// The spans inside curly or straight double quotation marks that open and close within a block.
  static func quoteSpans(in text: ArticleText, block: TextSpan) -> [TextSpan] {
    let s = text.scalars
    var result: [TextSpan] = []
    var open: Int?
    for i in block.start..<block.end {
      let c = s[i]
      if c == "\u{201C}" || (c == "\"" && open == nil) {
        open = i + 1
      } else if let start = open, c == "\u{201D}" || c == "\"" {
        var end = i
        while end > start, s[end - 1] == "," || s[end - 1] == " " { end -= 1 }
        if end > start { result.append(TextSpan(start: start, end: end)) }
        open = nil
      }
    }
    return result
  }

  /// The number of whitespace-separated words in a span.
  static func wordCount(_ text: ArticleText, _ span: TextSpan) -> Int {
    var count = 0
    var inWord = false
    for i in span.start..<span.end {
      let isSpace = text.scalars[i] == " " || text.scalars[i] == "\n"
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }
}
