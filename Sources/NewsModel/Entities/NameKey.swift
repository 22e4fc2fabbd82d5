/// Case-insensitive 64-bit keys for tokens and phrases, computed from scalars without building strings.
///
/// Letters are lowercased and curly apostrophes and dashes unified, so "Kyiv’s", "KYIV" and "Kyiv"
/// share the key of "kyiv"; a phrase key chains the keys of its tokens, spaces ignored.
enum NameKey {
  /// The key of the empty phrase, the start of every chain.
  static let empty: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The key of the scalars in `range`, lowercased.
  static func token(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      hash = (hash ^ UInt64(folded(scalars[index]))) &* 0x100_0000_01b3
    }
    return hash
  }

  /// The phrase key `phrase` extended by one token key.
  static func extend(_ phrase: UInt64, with token: UInt64) -> UInt64 {
    var hash = (phrase ^ token) &* 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 31
    return hash
  }

  /// The key of a whole phrase, tokenized as article text is.
  static func phrase(_ string: String) -> UInt64 {
    let text = ArticleText(string)
    var key = empty
    for token in Tokenizer.tokens(in: text) {
      key = extend(key, with: self.token(text.scalars, token.span.start..<token.span.end))
    }
    return key
  }

  /// The scalar value used for keys: ASCII lowercased, apostrophes and dashes unified.
  @inline(__always)
  static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
    let value = scalar.value
    if value < 128 { return value >= 65 && value <= 90 ? value + 32 : value }
    switch value {
    case 0x2018, 0x2019, 0x02BC: return 39
    case 0x2010, 0x2011, 0x2012, 0x2013: return 45
    default:
      guard scalar.properties.isUppercase else { return value }
      return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }
  }
}
