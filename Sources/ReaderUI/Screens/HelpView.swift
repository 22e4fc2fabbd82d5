import NewsModel
import TerminalUI

/// The help overlay, generated from the key map: every key, grouped, and the colour legend.
struct HelpView: Widget {
  let keyMap: KeyMap
  let theme: Theme
  let scroll: Int

  /// The help's lines.
  static func lines(_ keyMap: KeyMap, theme: Theme) -> [Line] {
    var lines: [Line] = []
    for group in Command.Group.allCases {
      let commands = Command.allCases.filter { $0.group == group && !keyMap.keyNames(for: $0).isEmpty }
      guard !commands.isEmpty else { continue }
      if !lines.isEmpty { lines.append(Line()) }
      lines.append(Line(group.rawValue, style: theme.style(.helpGroup)))
      for command in commands {
        let keys = keyMap.keyNames(for: command).joined(separator: " ")
        lines.append(Line([Span("  " + keys.padded(toWidth: 22), style: theme.style(.helpKey)), Span(command.summary)]))
      }
    }
    lines.append(Line())
    lines.append(Line("Colours", style: theme.style(.helpGroup)))
    var legend: [Span] = [Span("  ")]
    for type in EntityType.allCases {
      legend.append(Span(type.rawValue, style: theme.style(.entity(type))))
      legend.append(Span(" "))
    }
    lines.append(Line(legend))
    lines.append(Line([Span("  "), Span("selected mention", style: theme.style(.focusedMention)), Span(" "),
      Span("its other mentions", style: theme.style(.otherMentionOfFocus)), Span(" "),
      Span("search match", style: theme.style(.searchMatch)), Span(" "),
      Span("disputed figure", style: theme.style(.disputedFigure))]))
    lines.append(Line())
    lines.append(Line("  Mouse: the wheel scrolls the pane under it; a click selects.", style: theme.style(.muted)))
    return lines
  }

  /// How many lines the help has.
  static func lineCount(_ keyMap: KeyMap) -> Int { lines(keyMap, theme: .monochrome).count }

  func render(in area: Rect, into buffer: inout Buffer) {
    let lines = Self.lines(keyMap, theme: theme)
    let box = area.centered(width: min(area.width - 2, 86), height: min(area.height, lines.count + 2))
    Frame(title: "Help — every key (j/k scroll, Esc or ? closes)", theme: theme).render(in: box, into: &buffer)
    let inner = box.inset(by: 1)
    for (row, line) in lines.dropFirst(min(scroll, max(0, lines.count - inner.height))).prefix(inner.height).enumerated() {
      line.render(into: &buffer, x: inner.x + 1, y: inner.y + row, maxX: inner.maxX)
    }
  }
}

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
