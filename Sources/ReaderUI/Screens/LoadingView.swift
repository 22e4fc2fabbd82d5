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
    TitleBarView(theme: theme, summary: "").render(in: area.row(0), into: &buffer)
    let message = "Loading \(files) article\(files == 1 ? "" : "s")…  (q quits)"
    let y = area.y + area.height / 2
    buffer.write(message.truncated(toWidth: area.width), x: area.x + max(0, (area.width - message.displayWidth) / 2), y: y, style: theme.style(.muted))
  }
}
