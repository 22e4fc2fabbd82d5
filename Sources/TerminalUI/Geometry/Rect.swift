/// A rectangle of terminal cells: origin at the top left, x to the right, y down.
public struct Rect: Hashable, Sendable {
  /// The leftmost column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a rectangle; negative sizes become empty.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// A rectangle at the origin.
  public init(width: Int, height: Int) { self.init(x: 0, y: 0, width: width, height: height) }

  /// One past the rightmost column.
  public var maxX: Int { x + width }
  /// One past the bottom row.
  public var maxY: Int { y + height }
  /// Whether the rectangle covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// The number of cells.
  public var area: Int { width * height }

  /// Whether a cell lies inside.
  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  /// The rectangle shrunk by a margin on every side.
  public func inset(by margin: Int) -> Rect {
    Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
  }

  /// The part of both rectangles.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
  }

  /// One row of the rectangle, counted from its top.
  public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }

  /// Splits off `width` columns on the left: (left, rest).
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let w = min(max(0, columns), width)
    return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height))
  }

  /// Splits off `width` columns on the right: (rest, right).
  public func splitRight(_ columns: Int) -> (Rect, Rect) {
    let w = min(max(0, columns), width)
    return (Rect(x: x, y: y, width: width - w, height: height), Rect(x: maxX - w, y: y, width: w, height: height))
  }

  /// Splits off `rows` rows at the top: (top, rest).
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let h = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
  }

  /// Splits off `rows` rows at the bottom: (rest, bottom).
  public func splitBottom(_ rows: Int) -> (Rect, Rect) {
    let h = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
  }

  /// A rectangle of the given size centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
