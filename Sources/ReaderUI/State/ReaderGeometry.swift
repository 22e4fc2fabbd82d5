import TerminalUI

/// Where the reader's panes go for a terminal size.
///
/// Wide terminals show list | reading pane | discrepancy panel; under 110 columns
/// the panel takes the reading pane's place only while it has the focus.
public struct ReaderGeometry: Sendable, Equatable {
  /// The title bar row.
  public let titleBar: Rect
  /// The status line row.
  public let statusBar: Rect
  /// The article list, with its title row.
  public let list: Rect
  /// The reading pane, with its title row.
  public let reading: Rect
  /// The discrepancy panel, with its title row (empty when hidden).
  public let panel: Rect
  /// The columns the article text is wrapped to.
  public let textWidth: Int
  /// Whether the terminal is too small for the layout.
  public let isTooSmall: Bool

  /// The smallest size the full layout needs.
  public static let minimumWidth = 40
  /// The smallest height the full layout needs.
  public static let minimumHeight = 8
  /// The widest the article text is wrapped, for comfortable reading.
  public static let maximumTextWidth = 88

  /// Computes the geometry.
  public init(width: Int, height: Int, panelVisible: Bool, focus: Pane) {
    let screen = Rect(width: width, height: height)
    isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
    let (top, rest) = screen.splitTop(1)
    let (body, bottom) = rest.splitBottom(1)
    titleBar = top
    statusBar = bottom
    let listWidth = min(36, max(18, width / 4))
    let (list, right) = body.splitLeft(listWidth)
    self.list = list
    if width >= 110 && panelVisible {
      let (reading, panel) = right.splitRight(min(44, max(30, width / 4)))
      self.reading = reading
      self.panel = panel
    } else if focus == .panel {
      self.reading = Rect(x: right.x, y: right.y, width: 0, height: right.height)
      self.panel = right
    } else {
      self.reading = right
      self.panel = Rect(x: right.maxX, y: right.y, width: 0, height: right.height)
    }
    let readingWidth = self.reading.width > 0 ? self.reading.width : right.width
    textWidth = max(10, min(Self.maximumTextWidth, readingWidth - 4))
  }

  /// The rows of a pane below its title row.
  public static func content(of pane: Rect) -> Rect {
    Rect(x: pane.x + 1, y: pane.y + 1, width: pane.width - 1, height: pane.height - 1)
  }
}
