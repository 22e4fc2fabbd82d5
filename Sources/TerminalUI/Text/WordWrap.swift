/// Wraps styled text into lines of at most a given width, breaking at spaces.
///
/// Words longer than the width are cut at the width. Each output piece records
/// which input offset (in graphemes of the joined text) it starts at, so callers
/// can map positions between the text and the wrapped lines.
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
  }

  /// Wraps spans into lines of pieces, no line wider than `width` columns.
  public static func wrap(_ spans: [Span], width: Int) -> [[Piece]] {
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
        if var last = pieces.last, last.spanIndex == g.spanIndex {
          last.text.append(g.grapheme)
          pieces[pieces.count - 1] = last
        } else {
          pieces.append(Piece(text: String(g.grapheme), style: spans[g.spanIndex].style, spanIndex: g.spanIndex, offsetInSpan: g.offset))
        }
      }
      return pieces
    }
    func flushLine() {
      while let last = line.last, last.grapheme == " " { line.removeLast() }
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
        if grapheme == " " {
          placeWord()
          if lineWidth > 0, lineWidth + 1 <= width { line.append(glyph); lineWidth += 1 }
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
  public static func wrap(_ text: String, width: Int) -> [String] {
    wrap([Span(text)], width: width).map { $0.map(\.text).joined() }
  }
}
