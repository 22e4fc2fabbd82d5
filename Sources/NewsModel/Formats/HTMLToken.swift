/// One piece of an HTML document, as the tolerant tokenizer reads it.
enum HTMLToken: Equatable {
  /// `<name attr="value">` (names lowercased, attribute values decoded).
  case startTag(name: String, attributes: [String: String], selfClosing: Bool)
  /// `</name>` (name lowercased).
  case endTag(name: String)
  /// Text between tags, entities decoded.
  case text(String)
  /// `<!-- … -->`, a doctype or a processing instruction: never text of the article.
  case comment
}

/// HTML character references: `&amp;`, `&#8217;`, `&#x2019;` and the named ones news pages use.
enum HTMLEntities {
  /// The text with every reference it recognises decoded; others are left as written.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let s = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      if s[i] == "&", let (scalars, length) = reference(s, at: i) {
        out.append(contentsOf: scalars)
        i += length
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return String(out)
  }

  /// The scalars a reference at `i` stands for and its length, or nil if it is not one.
  private static func reference(_ s: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
    var j = i + 1
    if j < s.count, s[j] == "#" {
      j += 1
      let hex = j < s.count && (s[j] == "x" || s[j] == "X")
      if hex { j += 1 }
      let digitsStart = j
      while j < s.count, j - digitsStart < 8, (hex ? s[j].properties.isASCIIHexDigit : ("0"..."9").contains(s[j])) { j += 1 }
      guard j > digitsStart, let value = UInt32(String(String.UnicodeScalarView(s[digitsStart..<j])), radix: hex ? 16 : 10)
      else { return nil }
      let length = j - i + (j < s.count && s[j] == ";" ? 1 : 0)
      let scalar = value == 0 ? nil : Unicode.Scalar(windows1252[value] ?? value)
      return ([scalar ?? "\u{FFFD}"], length)
    }
    while j < s.count, j - i <= 10, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
    guard j < s.count, s[j] == ";", j > i + 1 else { return nil }
    let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
    guard let decoded = named[name] else { return nil }
    return (Array(decoded.unicodeScalars), j - i + 1)
  }

  /// Numeric references in 128…159 that pages write meaning Windows-1252 punctuation.
  private static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014,
  ]

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
    "hellip": "…", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™",
    "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "times": "×",
    "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "prime": "′", "Prime": "″",
    "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}",
    "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É",
    "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò",
    "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "auml": "ä", "euml": "ë",
    "iuml": "ï", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç",
    "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ", "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å",
    "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ",
  ]
}
