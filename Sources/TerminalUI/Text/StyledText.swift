/// A run of text in one style.
public struct Span: Hashable, Sendable {
  /// The text (already made safe to draw).
  public var text: String
  /// How it is drawn.
  public var style: Style

  /// Creates a span.
  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// One line of styled text: spans drawn left to right.
public struct Line: Hashable, Sendable {
  /// The spans of the line.
  public var spans: [Span]

  /// Creates a line from spans.
  public init(_ spans: [Span] = []) { self.spans = spans }

  /// A line of one plain span.
  public init(_ text: String, style: Style = .plain) { self.spans = [Span(text, style: style)] }

  /// The columns the line takes.
  public var displayWidth: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }

  /// The line's text without styles.
  public var plainText: String { spans.map(\.text).joined() }

  /// Draws the line from (x, y), clipped at `maxX`.
  @discardableResult
  public func render(into buffer: inout Buffer, x: Int, y: Int, maxX: Int? = nil) -> Int {
    var column = x
    for span in spans { column = buffer.write(span.text, x: column, y: y, style: span.style, maxX: maxX) }
    return column
  }
}

extension String {
  /// The text cut to `width` columns, ending in "…" when cut.
  public func truncated(toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    guard displayWidth > width else { return self }
    var result = ""
    var used = 0
    for grapheme in self {
      let w = grapheme.displayWidth
      if used + w > width - 1 { break }
      result.append(grapheme)
      used += w
    }
    return result + "…"
  }

  /// The text padded with spaces to `width` columns (cut when longer).
  public func padded(toWidth width: Int) -> String {
    let cut = truncated(toWidth: width)
    return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
  }
}
