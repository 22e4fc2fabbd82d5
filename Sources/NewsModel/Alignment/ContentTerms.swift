/// The content words that sentence alignment compares: lowercased, lightly
/// stemmed, with function words, numbers and punctuation left out.
enum ContentTerms {
  /// The content terms of one sentence's tokens, in order (repeats kept).
  static func terms(of tokens: [Token], in text: ArticleText) -> [String] {
    var terms: [String] = []
    terms.reserveCapacity(tokens.count / 2)
    for token in tokens where token.kind == .word && token.span.length > 1 {
      let word = lowercased(token.span, in: text)
      guard !stopWords.contains(word) else { continue }
      terms.append(stem(word))
    }
    return terms
  }

  /// The lowercased text of a span, with curly apostrophes made straight.
  static func lowercased(_ span: TextSpan, in text: ArticleText) -> String {
    var view = String.UnicodeScalarView()
    for scalar in text.scalars[span.start..<span.end] {
      if scalar.value < 128 {
        view.append(scalar.isUppercaseLetter ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
      } else if Tokenizer.isApostrophe(scalar) {
        view.append("'")
      } else {
        view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(view)
  }

  /// A light suffix stripper, so that the words of one fact meet however an
  /// outlet phrases it: plurals, "-ing", "-ed" and a final "e" ("deployed",
  /// "deploys"), a few derivations ("deployment", "previously", "escalation"
  /// and "escalate", "Russia" and "Russian") and British "-ise" ("authorised").
  static func stem(_ word: String) -> String {
    let count = word.utf8.count
    var stem = word
    if word.hasSuffix("ies"), count > 4 {
      stem = String(word.dropLast(3)) + "y"
    } else if word.hasSuffix("ing"), count > 5 {
      stem = undoubled(String(word.dropLast(3)))
    } else if word.hasSuffix("ed"), count > 4 {
      stem = undoubled(String(word.dropLast(2)))
    } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), count > 3 {
      stem = String(word.dropLast())
    }
    if stem.hasSuffix("e"), stem.utf8.count > 3 { stem.removeLast() }
    for (suffix, minimum) in derivations where stem.hasSuffix(suffix) && stem.utf8.count >= suffix.utf8.count + minimum {
      stem.removeLast(suffix.count)
      break
    }
    if stem.hasSuffix("is"), stem.utf8.count > 5 { stem = String(stem.dropLast()) + "z" }
    return stem
  }

  /// Derivational suffixes with the stem length each must leave behind.
  private static let derivations: [(String, Int)] = [
    ("ation", 3), ("ment", 4), ("ly", 4), ("ian", 4), ("ia", 4), ("at", 4),
  ]

  /// Drops a consonant doubled before a suffix ("planned" → "plan"), but not "ll" or "ss".
  private static func undoubled(_ stem: String) -> String {
    let last = Array(stem.unicodeScalars.suffix(2))
    if last.count == 2, last[0] == last[1], !"aeiouls".unicodeScalars.contains(last[0]) {
      return String(stem.dropLast())
    }
    return stem
  }

  /// English function words, and reporting filler that every news sentence shares.
  static let stopWords: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "few", "for", "from", "further",
    "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like",
    "many", "may", "me", "meanwhile", "might", "more", "most", "much", "must", "my", "near", "nearly", "neither",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out",
    "over", "own", "per", "rather", "same", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
    "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "'s", "said", "says", "say", "according",
    "around", "almost", "roughly", "approximately", "new", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "mr", "mrs", "ms", "still", "already", "well", "amid", "amidst", "across",
    "among", "along", "toward", "towards", "onto", "another",
  ]
}
