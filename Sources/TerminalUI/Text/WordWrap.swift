/// Wraps styled text into lines of at most a given width, breaking at spaces.
///
/// Words longer than the width are cut at the width. A tab expands to the next tab
/// stop of its wrapped line. Each output piece records which input graphemes it
/// shows (where it starts in its span, and how many), so callers can map positions
/// between the text and the wrapped lines.
public enum WordWrap {
  /// One piece of a wrapped line: a run of one span's text.
  public struct Piece: Hashable, Sendable {
    /// The text of the piece.
    public var text: String
    /// Its style.
    public var style: Style
    /// The index of the span it came from.
    public var spanIndex: Int
    /// The grapheme offset within that span where the piece starts.
    public var offsetInSpan: Int
    /// How many graphemes of the span the piece shows (a tab is one, drawn as spaces).
    public var sourceLength: Int
  }

  /// Wraps spans into lines of pieces, no line wider than `width` columns.
  public static func wrap(_ spans: [Span], width: Int, tabWidth: Int = SafeText.tabWidth) -> [[Piece]] {
    let width = max(1, width)
    // Words: runs of non-space graphemes, each remembering its span and offset.
    struct Glyph {
      var grapheme: Character
      var spanIndex: Int
      var offset: Int
      var width: Int
    }
    var lines: [[Piece]] = []
    var line: [Glyph] = []
    var lineWidth = 0
    var word: [Glyph] = []
    var wordWidth = 0

    func emit(_ glyphs: [Glyph]) -> [Piece] {
      var pieces: [Piece] = []
      for g in glyphs {
        let text = g.grapheme == "\t" ? String(repeating: " ", count: g.width) : String(g.grapheme)
        if var last = pieces.last, last.spanIndex == g.spanIndex {
          last.text += text
          last.sourceLength += 1
          pieces[pieces.count - 1] = last
        } else {
          pieces.append(
            Piece(text: text, style: spans[g.spanIndex].style, spanIndex: g.spanIndex, offsetInSpan: g.offset, sourceLength: 1))
        }
      }
      return pieces
    }
    func flushLine() {
      while let last = line.last, last.grapheme == " " || last.grapheme == "\t" { line.removeLast() }
      lines.append(emit(line))
      line = []
      lineWidth = 0
    }
    func placeWord() {
      guard !word.isEmpty else { return }
      if lineWidth + wordWidth > width, lineWidth > 0 { flushLine() }
      for g in word {
        if lineWidth + g.width > width { flushLine() }
        line.append(g)
        lineWidth += g.width
      }
      word = []
      wordWidth = 0
    }

    for (spanIndex, span) in spans.enumerated() {
      for (offset, grapheme) in span.text.enumerated() {
        let w = grapheme.displayWidth
        let glyph = Glyph(grapheme: grapheme, spanIndex: spanIndex, offset: offset, width: w)
        if grapheme == " " || grapheme == "\t" {
          placeWord()
          var space = glyph
          space.width = grapheme == "\t" ? tabWidth - lineWidth % tabWidth : 1
          if lineWidth > 0, lineWidth + space.width <= width {
            line.append(space)
            lineWidth += space.width
          } else if lineWidth > 0 {
            flushLine()  // a break that does not fit ends the line, so the words stay apart
          }
        } else {
          word.append(glyph)
          wordWidth += w
          if grapheme == "—" || grapheme == "-" || grapheme == "/" { placeWord() }  // break after dashes
        }
      }
    }
    placeWord()
    if !line.isEmpty || lines.isEmpty { flushLine() }
    return lines
  }

  /// Wraps plain text into strings.
  public static func wrap(_ text: String, width: Int, tabWidth: Int = SafeText.tabWidth) -> [String] {
    wrap([Span(text)], width: width, tabWidth: tabWidth).map { $0.map(\.text).joined() }
  }
}
