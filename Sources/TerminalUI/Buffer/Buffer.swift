/// A grid of cells that a frame is drawn into before a backend shows it.
public struct Buffer: Hashable, Sendable {
  /// The area the buffer covers.
  public let area: Rect
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank buffer for an area.
  public init(area: Rect) {
    self.area = area
    self.cells = Array(repeating: .blank, count: area.area)
  }

  /// The cell at a position (inside `area`).
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[(y - area.y) * area.width + (x - area.x)] }
    set { cells[(y - area.y) * area.width + (x - area.x)] = newValue }
  }

  /// The rows of cells, top to bottom.
  public var rows: [ArraySlice<Cell>] {
    (0..<area.height).map { cells[($0 * area.width)..<(($0 + 1) * area.width)] }
  }

  /// Writes text from (x, y), clipped at `maxX` (the area's edge by default).
  ///
  /// Control characters never reach a cell and invisible format characters are
  /// dropped (see `SafeText`); a wide grapheme that does not fit before `maxX`
  /// leaves a blank instead.
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
    let limit = min(maxX ?? area.maxX, area.maxX)
    guard y >= area.y, y < area.maxY else { return x }
    var column = x
    for grapheme in text {
      guard column < limit else { break }
      if SafeText.isInvisible(grapheme) { continue }
      let safe = SafeText.displayable(grapheme)
      let width = safe.displayWidth
      if width == 0 { continue }
      if column + width > limit {
        if column >= area.x { self[column, y] = Cell(" ", style: style) }
        column = limit
        break
      }
      if column >= area.x {
        clearWideNeighbours(x: column, y: y, width: width)
        self[column, y] = Cell(safe, style: style)
        if width == 2 { self[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
      }
      column += width
    }
    return column
  }

  /// Fills a rectangle with a grapheme in a style.
  ///
  /// A wide grapheme cut by the rectangle's left or right edge is blanked, so no cell is
  /// left holding half of one.
  public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = .plain) {
    let r = rect.intersection(area)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      if self[r.x, y].isContinuation, r.x > area.x { self[r.x - 1, y] = Cell(" ", style: self[r.x - 1, y].style) }
      if r.maxX < area.maxX, self[r.maxX, y].isContinuation { self[r.maxX, y] = Cell(" ", style: self[r.maxX, y].style) }
      for x in r.x..<r.maxX { self[x, y] = Cell(grapheme, style: style) }
    }
  }

  /// Lays a style over every cell of a rectangle (keeping their graphemes).
  public mutating func applyStyle(_ style: Style, to rect: Rect) {
    let r = rect.intersection(area)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { self[x, y].style = style.layered(over: self[x, y].style) }
    }
  }

  /// Overwriting half of a wide grapheme blanks its other half.
  private mutating func clearWideNeighbours(x: Int, y: Int, width: Int) {
    if self[x, y].isContinuation, x > area.x { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
    let after = x + width
    if after < area.maxX, self[after, y].isContinuation { self[after, y] = Cell(" ", style: self[after, y].style) }
  }
}
