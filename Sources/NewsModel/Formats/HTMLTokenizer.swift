/// A small, tolerant HTML tokenizer: tags with attributes, text, comments, and the
/// raw-text elements (`script`, `style`, `textarea`, `title`) read up to their end tag.
///
/// It never fails: a `<` that starts no tag is text, an unclosed comment or tag runs
/// to the end of the input, and what cannot be decoded is kept as written.
struct HTMLTokenizer {
  /// Elements whose content is raw text, not markup.
  static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "noscript"]

  private let s: [Unicode.Scalar]
  private var i = 0

  /// Tokenizes a document.
  static func tokens(_ html: String) -> [HTMLToken] {
    var tokenizer = HTMLTokenizer(s: Array(html.unicodeScalars))
    var tokens: [HTMLToken] = []
    while let token = tokenizer.next() {
      tokens.append(token)
      if case .startTag(let name, _, false) = token, rawTextElements.contains(name) {
        tokens.append(.text(HTMLEntities.decode(tokenizer.rawText(until: name))))
      }
    }
    return tokens
  }

  private init(s: [Unicode.Scalar]) { self.s = s }

  private mutating func next() -> HTMLToken? {
    guard i < s.count else { return nil }
    if s[i] == "<", i + 1 < s.count {
      let c = s[i + 1]
      if c == "!" || c == "?" { return comment() }
      if c == "/", i + 2 < s.count, s[i + 2].properties.isAlphabetic { return endTag() }
      if c.isASCII, c.properties.isAlphabetic { return startTag() }
    }
    let start = i
    i += 1
    while i < s.count, s[i] != "<" { i += 1 }
    return .text(HTMLEntities.decode(string(start..<i)))
  }

  private mutating func comment() -> HTMLToken {
    if matches("<!--", at: i) {
      i += 4
      while i < s.count, !matches("-->", at: i) { i += 1 }
      i = min(s.count, i + 3)
    } else if matches("<![CDATA[", at: i) {
      let start = i + 9
      i = start
      while i < s.count, !matches("]]>", at: i) { i += 1 }
      let text = string(start..<i)
      i = min(s.count, i + 3)
      return .text(text)
    } else {
      while i < s.count, s[i] != ">" { i += 1 }
      i = min(s.count, i + 1)
    }
    return .comment
  }

  private mutating func endTag() -> HTMLToken {
    i += 2
    let name = readName()
    while i < s.count, s[i] != ">" { i += 1 }
    i = min(s.count, i + 1)
    return .endTag(name: name)
  }

  private mutating func startTag() -> HTMLToken {
    i += 1
    let name = readName()
    var attributes: [String: String] = [:]
    var selfClosing = false
    while i < s.count, s[i] != ">" {
      if s[i] == "/" {
        selfClosing = true
        i += 1
        continue
      }
      if s[i].properties.isWhitespace {
        i += 1
        continue
      }
      selfClosing = false
      let key = readName()
      guard !key.isEmpty else {
        i += 1
        continue
      }
      skipSpaces()
      var value = ""
      if i < s.count, s[i] == "=" {
        i += 1
        skipSpaces()
        value = readValue()
      }
      if attributes[key] == nil { attributes[key] = HTMLEntities.decode(value) }
    }
    i = min(s.count, i + 1)
    return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
  }

  /// The raw text of a `script`/`style`… element, up to (and past) its end tag.
  private mutating func rawText(until name: String) -> String {
    let start = i
    while i < s.count {
      if s[i] == "<", i + 1 < s.count, s[i + 1] == "/", matchesIgnoringCase(name, at: i + 2) { break }
      i += 1
    }
    let text = string(start..<i)
    if i < s.count { _ = endTag() }
    return text
  }

  private mutating func readName() -> String {
    let start = i
    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">", s[i] != "/" || i == start, s[i] != "=" { i += 1 }
    return string(start..<i).lowercased()
  }

  private mutating func readValue() -> String {
    guard i < s.count else { return "" }
    if s[i] == "\"" || s[i] == "'" {
      let quote = s[i]
      let start = i + 1
      i = start
      while i < s.count, s[i] != quote { i += 1 }
      let value = string(start..<i)
      i = min(s.count, i + 1)
      return value
    }
    let start = i
    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { i += 1 }
    return string(start..<i)
  }

  private mutating func skipSpaces() {
    while i < s.count, s[i].properties.isWhitespace { i += 1 }
  }

  private func matches(_ literal: String, at offset: Int) -> Bool {
    var j = offset
    for scalar in literal.unicodeScalars {
      guard j < s.count, s[j] == scalar else { return false }
      j += 1
    }
    return true
  }

  private func matchesIgnoringCase(_ name: String, at offset: Int) -> Bool {
    var j = offset
    for scalar in name.unicodeScalars {
      guard j < s.count, s[j].properties.lowercaseMapping == String(scalar) else { return false }
      j += 1
    }
    return j >= s.count || !s[j].properties.isAlphabetic
  }

  private func string(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(s[range]))
  }
}
