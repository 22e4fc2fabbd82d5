/// Finds names of people, organisations, places, nationalities, weapons and events.
///
/// One pass over each sentence's tokens: gazetteer phrases are matched longest first, other
/// capitalised runs are typed by their context (titles, organisation and place words, "in X",
/// "X said"), and runs left untyped take the type the same name has elsewhere in the article.
/// A capitalised word at a sentence start or in a headline or heading counts only with evidence:
/// a list knows it, or the article writes it capitalised inside a sentence.
public enum NameRecognizer {
  /// The name mentions of an article, sorted and non-overlapping.
  public static func mentions(in article: Article) -> [Mention] {
    var scanner = NameScanner(article: article, gazetteer: .shared)
    scanner.scanAll()
    scanner.applyAcronymDefinitions()
    scanner.applyEventsAndCompounds()
    return scanner.resolvedMentions()
  }
}

/// A token with the facts the recogniser asks about it, computed once.
struct NameToken {
  /// The token's place and kind.
  let token: Token
  /// Its case-insensitive key.
  let key: UInt64
  /// Whether it is a word starting with a capital ("Kyiv", "n’Test" counts by its second letter).
  let isCapitalised: Bool
  /// Whether all of its letters (two or more) are capitals, a final plural "s" allowed ("ATACMs").
  let isAllCaps: Bool

  var isWord: Bool { token.kind == .word }
  var start: Int { token.span.start }
  var end: Int { token.span.end }
}

/// A run of tokens the recogniser thinks is a name, typed or still waiting for a type.
struct NameCandidate {
  /// The tokens it covers (indices into the scanner's token array).
  var tokens: Range<Int>
  /// Its type, when one is known.
  var type: EntityType?
  /// Whether a gazetteer phrase gave the type.
  var isListed: Bool
  /// The type a weak cue suggests ("in X", "X said"), used when the article gives no other.
  var fallback: EntityType? = nil
}

/// The state of one article's scan.
struct NameScanner {
  let text: ArticleText
  let gazetteer: Gazetteer
  /// Every token of every sentence, in order.
  var tokens: [NameToken] = []
  /// For each sentence, its token range and whether its block is a headline, heading or byline.
  var sentences: [(range: Range<Int>, isHeadingLike: Bool)] = []
  /// Keys of words written capitalised inside a sentence of running text.
  var capitalisedInside = KeySet()
  /// Names found so far, in order.
  var candidates: [NameCandidate] = []

  init(article: Article, gazetteer: Gazetteer) {
    self.text = article.text
    self.gazetteer = gazetteer
    tokens.reserveCapacity(article.text.count / 5)
    for sentence in article.sentences {
      let start = tokens.count
      for token in Tokenizer.tokens(in: article.text, span: sentence.span) {
        tokens.append(Self.describe(token, in: article.text))
      }
      let kind = article.blocks[sentence.blockIndex].kind
      sentences.append((start..<tokens.count, kind != .paragraph))
      if kind == .paragraph { Self.noteCapitalisedInside(tokens[start...], text: article.text, into: &capitalisedInside) }
    }
  }

  private static func describe(_ token: Token, in text: ArticleText) -> NameToken {
    let s = text.scalars
    let span = token.span
    let key = NameKey.token(s, span.start..<span.end)
    guard token.kind == .word else {
      return NameToken(token: token, key: key, isCapitalised: false, isAllCaps: false)
    }
    let first = s[span.start]
    var capitalised = first.isUppercaseLetter
    if !capitalised, span.length >= 3, Tokenizer.isApostrophe(s[span.start + 1]) {
      capitalised = s[span.start + 2].isUppercaseLetter  // "n’Test", "d’Ivoire"
    }
    var allCaps = capitalised
    var letters = 0
    if capitalised {
      for index in span.start..<span.end where s[index].isLetterLike {
        letters += 1
        if !s[index].isUppercaseLetter && !(index == span.end - 1 && s[index] == "s" && letters > 2) {
          allCaps = false
          break
        }
      }
    }
    return NameToken(token: token, key: key, isCapitalised: capitalised, isAllCaps: allCaps && letters >= 2)
  }

  private static func noteCapitalisedInside(
    _ sentence: ArraySlice<NameToken>, text: ArticleText, into set: inout KeySet
  ) {
    guard sentence.count > 1 else { return }
    for index in (sentence.startIndex + 1)..<sentence.endIndex where sentence[index].isCapitalised {
      if !isOpening(sentence[index - 1], in: text) { set.insert(sentence[index].key) }
    }
  }

  /// Whether a token opens a quotation, after which a capital says nothing about names.
  func isOpening(_ token: NameToken) -> Bool { Self.isOpening(token, in: text) }

  private static func isOpening(_ token: NameToken, in text: ArticleText) -> Bool {
    guard token.token.kind == .punctuation else { return false }
    let c = text.scalars[token.start]
    return c == "\u{201C}" || c == "\"" || c == "\u{2018}" || c == "'" || c == "\u{00AB}"
  }

  /// The first scalar of a token.
  func firstScalar(_ index: Int) -> Unicode.Scalar { text.scalars[tokens[index].start] }

  /// The mentions: untyped candidates resolved from the article's other names, the rest dropped.
  func resolvedMentions() -> [Mention] {
    var known = KeyMap<EntityType>()
    var personParts = KeySet()
    var organizationHeads = KeySet()
    for candidate in candidates {
      guard let type = candidate.type else { continue }
      known[phraseKey(candidate.tokens)] = known[phraseKey(candidate.tokens)] ?? type
      if type == .organization, !candidate.isListed, candidate.tokens.count >= 2 {
        organizationHeads.insert(tokens[candidate.tokens.lowerBound].key)  // "Delta" of "Delta Air Lines"
      }
      if type == .person, candidate.tokens.count >= 2 {
        personParts.insert(tokens[candidate.tokens.lowerBound].key)
        personParts.insert(tokens[candidate.tokens.upperBound - 1].key)
      }
    }
    var mentions: [Mention] = []
    mentions.reserveCapacity(candidates.count)
    for candidate in candidates {
      var type = candidate.type
      if type == nil {
        type = known[phraseKey(candidate.tokens)]
        if type == nil, candidate.tokens.count == 1, personParts.contains(tokens[candidate.tokens.lowerBound].key) {
          type = .person
        }
        if type == nil, candidate.tokens.count == 1, organizationHeads.contains(tokens[candidate.tokens.lowerBound].key) {
          type = .organization
        }
        type = type ?? candidate.fallback
      }
      guard let type else { continue }
      let span = TextSpan(start: tokens[candidate.tokens.lowerBound].start, end: tokens[candidate.tokens.upperBound - 1].end)
      mentions.append(Mention(span: span, type: type))
    }
    return mentions
  }

  /// The phrase key of a run of tokens.
  func phraseKey(_ range: Range<Int>) -> UInt64 {
    var key = NameKey.empty
    for index in range { key = NameKey.extend(key, with: tokens[index].key) }
    return key
  }
}
