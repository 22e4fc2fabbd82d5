/// Sentence features found without entity recognition: capitalised words that
/// do not open a sentence, and runs of them ("North Korea"), stand in for names;
/// every number, normalised, is a figure.
public struct CapitalizedNameFeatures: SentenceFeatureProvider {
  /// Creates the provider.
  public init() {}

  /// The features of each sentence of `article`.
  public func features(of article: Article) -> [SentenceFeatures] {
    let tokens = article.sentences.map { Tokenizer.tokens(in: article.text, span: $0.span) }
    return Self.features(of: article, tokens: tokens)
  }

  /// The features of each sentence, from tokens already made (one array per sentence).
  static func features(of article: Article, tokens: [[Token]]) -> [SentenceFeatures] {
    zip(article.sentences, tokens).map { sentence, tokens in
      let runningText = article.blocks[sentence.blockIndex].kind == .paragraph
      return SentenceFeatures(
        names: runningText ? names(in: tokens, text: article.text) : [],
        figures: figures(in: tokens, text: article.text)
      )
    }
  }

  /// Lowercased capitalised words and runs; a sentence's first word counts
  /// only inside a run, and function words ("The") are trimmed from run edges.
  static func names(in tokens: [Token], text: ArticleText) -> Set<String> {
    var names: Set<String> = []
    let first = tokens.firstIndex { $0.kind == .word }
    var index = 0
    while index < tokens.count {
      guard isCapitalizedWord(tokens[index], text: text) else { index += 1; continue }
      var run = [index]
      var next = index + 1
      while next < tokens.count {
        if isCapitalizedWord(tokens[next], text: text) {
          run.append(next)
          next += 1
        } else if next + 1 < tokens.count, isJoiningHyphen(tokens, at: next, text: text),
          isCapitalizedWord(tokens[next + 1], text: text)
        {
          run.append(next + 1)
          next += 2
        } else {
          break
        }
      }
      index = next
      var words = run.map { ContentTerms.lowercased(tokens[$0].span, in: text) }
      var opensSentence = run.first == first
      while let word = words.first, ContentTerms.stopWords.contains(word) {
        words.removeFirst()
        opensSentence = false
      }
      while let word = words.last, ContentTerms.stopWords.contains(word) { words.removeLast() }
      guard !words.isEmpty, !(opensSentence && words.count == 1) else { continue }
      names.insert(words.joined(separator: " "))
      names.formUnion(words.dropFirst(opensSentence ? 1 : 0))
    }
    return names
  }

  /// The numbers of a sentence as values: "10,000" and "10 000" are 10000,
  /// "$56 billion" is 5.6e10.
  static func figures(in tokens: [Token], text: ArticleText) -> [Double] {
    var figures: [Double] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind == .number else { index += 1; continue }
      let end = numberGroupEnd(tokens, from: index, text: text)
      var digits = ""
      for token in tokens[index..<end] {
        digits.unicodeScalars.append(contentsOf: text.scalars[token.span.start..<token.span.end].filter { $0 != "," })
      }
      if var value = Double(digits) {
        if end < tokens.count, let scale = scales[ContentTerms.lowercased(tokens[end].span, in: text)] { value *= scale }
        figures.append(value)
      }
      index = end
    }
    return figures
  }

  /// The end of a number written in groups of three after spaces ("10 000").
  static func numberGroupEnd(_ tokens: [Token], from start: Int, text: ArticleText) -> Int {
    var end = start + 1
    while end < tokens.count, tokens[end].kind == .number, tokens[end].followsSpace, tokens[end].span.length == 3,
      !text.scalars[tokens[end - 1].span.start..<tokens[end - 1].span.end].contains(".")
    {
      end += 1
    }
    return end
  }

  static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

  private static func isCapitalizedWord(_ token: Token, text: ArticleText) -> Bool {
    token.kind == .word && text.scalars[token.span.start].isUppercaseLetter
  }

  private static func isJoiningHyphen(_ tokens: [Token], at index: Int, text: ArticleText) -> Bool {
    let token = tokens[index]
    return token.kind == .punctuation && text.scalars[token.span.start] == "-" && !token.followsSpace
      && !tokens[index + 1].followsSpace
  }
}
