/// Turns an article's lines into blocks: headline, bylines, headings, paragraphs.
///
/// Web boilerplate at the end of a page (comment forms, newsletter sign-ups,
/// "Read more:" links) is recognised by general cues and left out.
enum BlockParser {
  /// The body's blocks, from `bodyStart` on.
  static func blocks(in text: ArticleText, bodyStart: Int, hasTitle: Bool) -> [TextBlock] {
    var blocks: [TextBlock] = []
    for line in LineScanner.lines(in: text, from: bodyStart) {
      let span = trim(line, in: text)
      guard !span.isEmpty else { continue }
      let kind: TextBlock.Kind
      if isByline(span, in: text) {
        kind = .byline
      } else if looksLikeHeading(span, in: text) {
        kind = blocks.isEmpty && !hasTitle ? .headline : .heading
      } else {
        kind = .paragraph
      }
      blocks.append(TextBlock(kind: kind, span: span))
    }
    dropTrailingBoilerplate(&blocks, in: text)
    return blocks
  }

  /// A heading is a short line with no final sentence punctuation.
  static func looksLikeHeading(_ span: TextSpan, in text: ArticleText) -> Bool {
    var last = span.end - 1
    let s = text.scalars
    while last > span.start, isClosingQuote(s[last]) { last -= 1 }
    let final = s[last]
    if final == "." || final == "!" || final == "?" || final == ":" || final == ";" || final == "," || final == "…" {
      return false
    }
    return wordCount(span, in: text) <= 16
  }

  /// "By Name, role · date" and "OUTLET · Section · date" lines.
  static func isByline(_ span: TextSpan, in text: ArticleText) -> Bool {
    let s = text.scalars
    guard span.length > 3, wordCount(span, in: text) <= 20 else { return false }
    if s[span.start] == "B", s[span.start + 1] == "y", s[span.start + 2] == " " { return true }
    return s[span.start..<span.end].contains { $0 == "·" || $0 == "|" } && looksLikeHeading(span, in: text)
  }

  /// Words that mark a trailing line as page furniture rather than reporting.
  static let boilerplateCues: [String] = [
    "leave a reply", "leave a comment", "email address", "required fields", "sign up", "subscribe",
    "newsletter", "read more", "related:", "print edition", "comments are", "a correction",
    "all rights reserved", "©", "share this", "follow us", "cookie", "click here", "advertisement",
  ]

  private static func dropTrailingBoilerplate(_ blocks: inout [TextBlock], in text: ArticleText) {
    var dropped = 0
    while let last = blocks.last, dropped < 4, blocks.count > 1 {
      guard wordCount(last.span, in: text) <= 40, containsBoilerplateCue(last.span, in: text) else { break }
      blocks.removeLast()
      dropped += 1
    }
    // A heading left dangling at the end introduced the boilerplate ("Leave a Reply").
    while dropped > 0, let last = blocks.last, last.kind == .heading { blocks.removeLast() }
  }

  /// Whether a line, lowercased, contains one of the boilerplate cues.
  ///
  /// Lines without combining marks or other scalars that compose (nearly all) are searched
  /// scalar by scalar; the others go through Foundation's search, which also matches
  /// canonically equivalent spellings.
  private static func containsBoilerplateCue(_ span: TextSpan, in text: ArticleText) -> Bool {
    let line = text.string(in: span).lowercased()
    let scalars = Array(line.unicodeScalars)
    guard scalars.allSatisfy({ $0.value < 0x300 || ($0.value >= 0x2010 && $0.value < 0x2070) }) else {
      return boilerplateCues.contains { line.contains($0) }
    }
    return boilerplateCueScalars.contains { cue in
      guard cue.count <= scalars.count else { return false }
      return (0...(scalars.count - cue.count)).contains { start in scalars[start..<(start + cue.count)].elementsEqual(cue) }
    }
  }

  private static let boilerplateCueScalars: [[Unicode.Scalar]] = boilerplateCues.map { Array($0.unicodeScalars) }

  static func wordCount(_ span: TextSpan, in text: ArticleText) -> Int {
    var count = 0
    var inWord = false
    for c in text.scalars[span.start..<span.end] {
      if c.isSpace {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  private static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")"
  }

  private static func trim(_ span: TextSpan, in text: ArticleText) -> TextSpan {
    var start = span.start
    var end = span.end
    while start < end, text.scalars[start].isSpace { start += 1 }
    while end > start, text.scalars[end - 1].isSpace { end -= 1 }
    return TextSpan(start: start, end: end)
  }
}
