/// Splits text into words, numbers and punctuation in one linear pass.
///
/// Possessives are their own token ("Kyiv’s" → "Kyiv", "’s"), so a name never
/// swallows its ’s; hyphens are punctuation, with `followsSpace` false on both
/// sides of "U.S.-supplied", so callers can rejoin what they need.
public enum Tokenizer {
  /// The tokens of `text` within `span` (the whole text by default).
  public static func tokens(in text: ArticleText, span: TextSpan? = nil) -> [Token] {
    let s = text.scalars
    let range = span ?? TextSpan(start: 0, end: s.count)
    var tokens: [Token] = []
    tokens.reserveCapacity(range.length / 5)
    var i = range.start
    var afterSpace = true
    while i < range.end {
      let c = s[i]
      if c.isSpace {
        afterSpace = true
        i += 1
        continue
      }
      let start = i
      let kind: Token.Kind
      if c.isASCIIDigit {
        kind = .number
        i = scanNumber(s, from: i, end: range.end)
      } else if c.isLetterLike {
        kind = .word
        i = scanWord(s, from: i, end: range.end)
      } else if isApostrophe(c), i + 1 < range.end, s[i + 1] == "s" || s[i + 1] == "S",
        i + 2 >= range.end || !s[i + 2].isLetterLike, !afterSpace
      {
        kind = .word  // a possessive "’s" of its own
        i += 2
      } else {
        kind = .punctuation
        i += 1
      }
      tokens.append(Token(span: TextSpan(start: start, end: i), kind: kind, followsSpace: afterSpace))
      afterSpace = false
    }
    return tokens
  }

  /// Whether a scalar is a straight or curly apostrophe.
  public static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}"
  }

  private static func scanNumber(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int {
    var i = start
    while i < end {
      if s[i].isASCIIDigit {
        i += 1
      } else if (s[i] == "," || s[i] == "."), i + 1 < end, s[i + 1].isASCIIDigit {
        i += 1
      } else {
        break
      }
    }
    return i
  }

  private static func scanWord(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Int {
    var i = start
    // A dotted abbreviation: single letters each followed by a dot ("U.S.", "a.m.").
    var j = i
    while j + 1 < end, s[j].isLetterLike, s[j + 1] == ".", j + 2 >= end || !s[j + 2].isLetterLike || j + 3 < end && s[j + 3] == "." {
      j += 2
    }
    if j - i >= 4 { return j }
    while i < end {
      let c = s[i]
      if c.isLetterLike || c.isNonspacingMark {
        i += 1
      } else if isApostrophe(c), i + 1 < end, s[i + 1].isLetterLike, i > start {
        // Keep inner apostrophes ("n’Test", "O’Brien") but not a possessive ’s.
        let isPossessive = (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= end || !s[i + 2].isLetterLike)
        if isPossessive { break }
        i += 1
      } else {
        break
      }
    }
    return i
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is 0–9.
  public var isASCIIDigit: Bool { value >= 48 && value <= 57 }

  /// Whether the scalar is a letter (fast for ASCII, Latin-1 and general punctuation).
  public var isLetterLike: Bool {
    let v = value
    if v < 0x80 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 }
    if v < 0x100 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
    if v >= 0x2000 && v < 0x2070 { return false }  // dashes, quotes, spaces: never letters
    return properties.isAlphabetic
  }

  /// Whether the scalar is an uppercase letter (fast for ASCII, Latin-1 and general punctuation).
  public var isUppercaseLetter: Bool {
    let v = value
    if v < 0x80 { return v >= 65 && v <= 90 }
    if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
    if v >= 0x2000 && v < 0x2070 { return false }
    return properties.isUppercase
  }

  /// Whether the scalar is a combining mark that takes no space (an accent written apart).
  var isNonspacingMark: Bool {
    value >= 0x300 && properties.generalCategory == .nonspacingMark  // none lies below U+0300
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is white space: a fast check of the same set as Unicode's
  /// White_Space property (the property lookup is far slower in the hot loops).
  public var isSpace: Bool {
    let v = value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0x85 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
      || v == 0x202F || v == 0x205F || v == 0x3000
  }
}
