import TerminalUI

/// A box with a title, cleared inside, for overlays.
struct Frame {
  let title: String
  let theme: Theme

  func render(in box: Rect, into buffer: inout Buffer) {
    guard box.width >= 2, box.height >= 2 else { return }
    buffer.fill(box, style: theme.style(.overlay))
    let border = theme.style(.border).adding(.bold)
    let horizontal = String(repeating: "─", count: box.width - 2)
    buffer.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: border)
    buffer.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: border)
    for y in (box.y + 1)..<(box.maxY - 1) {
      buffer.write("│", x: box.x, y: y, style: border)
      buffer.write("│", x: box.maxX - 1, y: y, style: border)
    }
    buffer.write(" " + title.truncated(toWidth: box.width - 6) + " ", x: box.x + 2, y: box.y, style: theme.style(.paneTitle))
  }
}
