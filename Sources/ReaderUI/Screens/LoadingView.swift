import TerminalUI

/// The first frame, drawn before any article has been read.
public struct LoadingView: Widget {
  let files: Int
  let theme: Theme

  /// A loading screen for a number of files.
  public init(files: Int, theme: Theme) {
    self.files = files
    self.theme = theme
  }

  public func render(in area: Rect, into buffer: inout Buffer) {
    guard area.height > 0 else { return }
    TitleBar(theme: theme).render(in: area.row(0), into: &buffer)
    let message = "Loading \(files) article\(files == 1 ? "" : "s")…  (q quits)"
    let y = area.y + area.height / 2
    buffer.write(message.truncated(toWidth: area.width), x: area.x + max(0, (area.width - message.displayWidth) / 2), y: y, style: theme.style(.muted))
  }

  /// The bare title bar.
  private struct TitleBar {
    let theme: Theme

    func render(in area: Rect, into buffer: inout Buffer) {
      buffer.fill(area, style: theme.style(.titleBar))
      buffer.write(" Parallax", x: area.x, y: area.y, style: theme.style(.titleBar))
    }
  }
}
