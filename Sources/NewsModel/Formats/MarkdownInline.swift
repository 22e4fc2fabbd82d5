/// Inline Markdown rendered to plain words: emphasis markers, link targets, images,
/// code ticks, inline tags and escapes removed; the words they mark kept.
enum MarkdownInline {
  /// The plain text of one line or paragraph of inline Markdown.
  static func render(_ source: String) -> String {
    let s = Array(source.unicodeScalars)
    var out = String.UnicodeScalarView()
    render(s, 0..<s.count, into: &out)
    return String(out)
  }

  private static func render(_ s: [Unicode.Scalar], _ range: Range<Int>, into out: inout String.UnicodeScalarView) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = s[i]
      switch c {
      case "\\" where i + 1 < end && s[i + 1].isASCII && s[i + 1].properties.isPatternSyntax:
        out.append(s[i + 1])
        i += 2
      case "`":
        let ticks = run(of: "`", in: s, at: i, end: end)
        if let close = find(run: "`", length: ticks, in: s, from: i + ticks, end: end) {
          out.append(contentsOf: s[(i + ticks)..<close])
          i = close + ticks
        } else {
          out.append(contentsOf: s[i..<(i + ticks)])
          i += ticks
        }
      case "!" where i + 1 < end && s[i + 1] == "[":
        if let link = link(in: s, at: i + 1, end: end) {
          i = link.next  // images are not words of the article
        } else {
          out.append(c)
          i += 1
        }
      case "[":
        if let link = link(in: s, at: i, end: end) {
          render(s, link.text, into: &out)
          i = link.next
        } else {
          out.append(c)
          i += 1
        }
      case "<":
        if let close = s[i..<end].firstIndex(of: ">"), i + 1 < end, s[i + 1].properties.isAlphabetic || s[i + 1] == "/" {
          let inner = String(String.UnicodeScalarView(s[(i + 1)..<close]))
          if inner.hasPrefix("http://") || inner.hasPrefix("https://") { out.append(contentsOf: inner.unicodeScalars) }
          i = close + 1
        } else {
          out.append(c)
          i += 1
        }
      case "*", "_", "~":
        let length = run(of: c, in: s, at: i, end: end)
        let opens = i + length < end && !s[i + length].properties.isWhitespace && (c != "_" || i == 0 || !isWordScalar(s[i - 1]))
        if opens, let close = closing(c, length: length, in: s, from: i + length, end: end) {
          render(s, (i + length)..<close, into: &out)
          i = close + length
        } else {
          out.append(contentsOf: s[i..<(i + length)])
          i += length
        }
      default:
        out.append(c)
        i += 1
      }
    }
  }

  /// A `[text](target)` or `[text][ref]` at `i`: the text's range and where reading goes on.
  private static func link(in s: [Unicode.Scalar], at i: Int, end: Int) -> (text: Range<Int>, next: Int)? {
    var depth = 0
    var j = i
    while j < end {
      if s[j] == "[" { depth += 1 }
      if s[j] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      j += 1
    }
    guard j < end else { return nil }
    let text = (i + 1)..<j
    guard j + 1 < end, s[j + 1] == "(" || s[j + 1] == "[" else { return nil }
    let closer: Unicode.Scalar = s[j + 1] == "(" ? ")" : "]"
    guard let close = s[(j + 2)..<end].firstIndex(of: closer) else { return nil }
    return (text, close + 1)
  }

  /// The closing delimiter run of the same character and length, right-flanking, or nil.
  private static func closing(_ c: Unicode.Scalar, length: Int, in s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
    var j = start
    while j < end {
      if s[j] == c {
        let found = run(of: c, in: s, at: j, end: end)
        let afterOK = c != "_" || j + found >= end || !isWordScalar(s[j + found])
        if found == length, !s[j - 1].properties.isWhitespace, afterOK { return j }
        j += found
      } else {
        j += 1
      }
    }
    return nil
  }

  private static func find(run c: Unicode.Scalar, length: Int, in s: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
    var j = start
    while j < end {
      let found = s[j] == c ? run(of: c, in: s, at: j, end: end) : 0
      if found == length { return j }
      j += max(found, 1)
    }
    return nil
  }

  private static func run(of c: Unicode.Scalar, in s: [Unicode.Scalar], at i: Int, end: Int) -> Int {
    var j = i
    while j < end, s[j] == c { j += 1 }
    return j - i
  }

  private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || c.properties.numericType != nil
  }
}
