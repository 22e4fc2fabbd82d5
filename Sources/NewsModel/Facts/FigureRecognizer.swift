/// Finds dates, counts, measures and sums of money.
public enum FigureRecognizer {
  /// The figure mentions (DATE, QUANTITY, MONEY) of an article, sorted and non-overlapping.
  public static func mentions(in article: Article) -> [Mention] {
    figures(in: article).map { Mention(span: $0.span, type: $0.type) }
  }

  /// The figures of an article with their values, units and qualifiers, in text order.
  ///
  /// A cheap pass over the scalars picks the sentences that hold a digit, a currency sign or a word
  /// that can belong to a figure; only those are tokenized and scanned.
  public static func figures(in article: Article) -> [Figure] {
    var result: [Figure] = []
    for sentence in article.sentences where TriggerWords.mayHoldFigure(article.text, span: sentence.span) {
      result += figures(in: article.text, tokens: Tokenizer.tokens(in: article.text, span: sentence.span))
    }
    return result
  }

  /// The figures among tokens of a text, in one left-to-right pass.
  static func figures(in text: ArticleText, tokens: [Token]) -> [Figure] {
    var scanner = FigureScanner(text: text, tokens: tokens)
    return scanner.scan()
  }
}

/// The state of one pass over an article's tokens.
struct FigureScanner {
  let text: ArticleText
  let tokens: [Token]
  /// The lowercased text of each word token when computed up front (for repeated context reads), else empty.
  let words: [String?]

  /// Creates a scanner; `cachingWords` lowercases every word once, for callers that read context repeatedly.
  init(text: ArticleText, tokens: [Token], cachingWords: Bool = false) {
    self.text = text
    self.tokens = tokens
    self.words = cachingWords ? tokens.indices.map { FigureScanner.lowercased(tokens[$0], in: text) } : []
  }

  /// The lowercased text of a word token, or nil for other tokens and long words.
  static func lowercased(_ token: Token, in text: ArticleText) -> String? {
    guard token.kind == .word, token.span.length <= 16 else { return nil }
    return ArticleText.string(of: text.scalars[token.span.start..<token.span.end], lowercasingASCII: true)
  }

  /// Every figure, sorted, none overlapping.
  mutating func scan() -> [Figure] {
    var result: [Figure] = []
    var i = 0
    while i < tokens.count {
      guard var figure = figure(at: i) else {
        i += 1
        continue
      }
      figure.tokenStart = i
      let takesQualifier = figure.type != .date || figure.unit.unitClass == .duration || figure.unit.unitClass == .time
      if takesQualifier, let (length, bound) = QualifierLexicon.match(endingBefore: i, words: word) {
        let start = tokens[i - length].span.start
        figure.qualifierSpan = TextSpan(start: start, end: tokens[i - 1].span.end)
        figure.qualifier = text.string(in: figure.qualifierSpan!).lowercased()
        if figure.bound != .vague && figure.bound != .range { figure.bound = bound }
      }
      if let last = result.last, last.span.end > figure.span.start {
        i = max(i + 1, figure.tokenEnd)
        continue
      }
      result.append(figure)
      i = max(i + 1, figure.tokenEnd)
    }
    return result
  }

  /// The figure that starts at token `i`, if one does.
  func figure(at i: Int) -> Figure? {
    switch tokens[i].kind {
    case .number: return numberFigure(at: i)
    case .punctuation: return moneyFigure(at: i)
    case .word:
      guard TriggerWords.mayTrigger(tokens[i], in: text), let word = word(i) else { return nil }
      if let figure = dateFigure(at: i, word: word) { return figure }
      return wordNumberFigure(at: i, word: word)
    }
  }

  // MARK: Token helpers

  /// The lowercased word at `i`, or nil outside the tokens or for non-words.
  func word(_ i: Int) -> String? {
    guard i >= 0 && i < tokens.count else { return nil }
    return words.isEmpty ? FigureScanner.lowercased(tokens[i], in: text) : words[i]
  }

  /// Whether token `i` is the punctuation scalar `c`.
  func isPunctuation(_ i: Int, _ c: Unicode.Scalar) -> Bool {
    i < tokens.count && tokens[i].kind == .punctuation && text.scalars[tokens[i].span.start] == c
  }

  /// Whether token `i` is a hyphen or dash joined to both neighbours ("1,000-day").
  func isJoiningHyphen(_ i: Int) -> Bool {
    i + 1 < tokens.count && !tokens[i].followsSpace && !tokens[i + 1].followsSpace
      && (isPunctuation(i, "-") || isPunctuation(i, "\u{2010}") || isPunctuation(i, "\u{2011}"))
  }

  /// Whether token `i` is a number token.
  func isNumber(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .number }

  /// Whether token `i` starts with an uppercase letter.
  func isCapitalized(_ i: Int) -> Bool {
    i < tokens.count && text.scalars[tokens[i].span.start].isUppercaseLetter
  }

  /// The numeric value of a number token ("10,000" → 10000).
  func numberValue(_ i: Int) -> Double? {
    let scalars = text.scalars[tokens[i].span.start..<tokens[i].span.end]
    guard scalars.allSatisfy(\.isASCII) else { return nil }  // never a number
    return Double(ArticleText.string(of: scalars.lazy.filter { $0 != "," }))
  }

  /// The span from the start of token `first` to the end of token `last`.
  func span(_ first: Int, _ last: Int) -> TextSpan {
    TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
  }
}
