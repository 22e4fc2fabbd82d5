/// Finds the lines of a text as spans, without their line breaks.
enum LineScanner {
  /// The lines from `from` on (at most `limit` of them), `\r\n`, `\n`, `\r`,
  /// U+2028 and U+2029 all ending a line.
  static func lines(in text: ArticleText, from: Int, limit: Int = .max) -> [TextSpan] {
    let s = text.scalars
    var result: [TextSpan] = []
    var start = from
    var i = from
    while i < s.count, result.count < limit {
      let c = s[i]
      if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
        result.append(TextSpan(start: start, end: i))
        if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
        i += 1
        start = i
      } else {
        i += 1
      }
    }
    if start < s.count, result.count < limit { result.append(TextSpan(start: start, end: s.count)) }
    return result
  }
}
