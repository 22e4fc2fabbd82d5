import NewsModel
import TerminalUI

/// The help overlay, generated from the key map: every key, grouped, and the colour legend.
///
/// Wide terminals show the groups in two columns so that everything fits on one screen.
struct HelpView: Widget {
  let keyMap: KeyMap
  let theme: Theme
  let scroll: Int

  /// Columns for the keys of a command.
  static let keyWidth = 15

  /// The help's sections: one per command group, then the colour legend.
  static func sections(_ keyMap: KeyMap, theme: Theme) -> [[Line]] {
    var sections: [[Line]] = []
    for group in Command.Group.allCases {
      let commands = Command.allCases.filter { $0.group == group && !keyMap.keyNames(for: $0).isEmpty }
      guard !commands.isEmpty else { continue }
      var lines = [Line(group.rawValue, style: theme.style(.helpGroup))]
      for command in commands {
        let keys = keyMap.keyNames(for: command).joined(separator: " ")
        lines.append(Line([Span("  " + keys.padded(toWidth: keyWidth), style: theme.style(.helpKey)), Span(command.summary)]))
      }
      sections.append(lines)
    }
    var legend = [Line("Colours", style: theme.style(.helpGroup))]
    let types = EntityType.allCases
    for row in stride(from: 0, to: types.count, by: 5) {
      var spans = [Span("  ")]
      for type in types[row..<min(types.count, row + 5)] {
        spans += [Span(type.rawValue, style: theme.style(.entity(type))), Span(" ")]
      }
      legend.append(Line(spans))
    }
    legend.append(Line([Span("  "), Span("selected mention", style: theme.style(.focusedMention)), Span(" "),
      Span("its other mentions", style: theme.style(.otherMentionOfFocus))]))
    legend.append(Line([Span("  "), Span("search match", style: theme.style(.searchMatch)), Span(" "),
      Span("disputed figure", style: theme.style(.disputedFigure)), Span(" "),
      Span("differing words", style: theme.style(.changedWord))]))
    legend.append(Line("  Mouse: the wheel scrolls, a click selects.", style: theme.style(.muted)))
    sections.append(legend)
    return sections
  }

  /// The help as one column of lines, sections separated by a blank line.
  static func lines(_ keyMap: KeyMap, theme: Theme) -> [Line] {
    sections(keyMap, theme: theme).enumerated().flatMap { index, section in index == 0 ? section : [Line()] + section }
  }

  /// How many lines the help has in one column.
  static func lineCount(_ keyMap: KeyMap) -> Int { lines(keyMap, theme: .monochrome).count }

  func render(in area: Rect, into buffer: inout Buffer) {
    let sections = Self.sections(keyMap, theme: theme)
    let twoColumns = area.width >= 110
    let columns: [[Line]]
    if twoColumns {
      let total = sections.reduce(0) { $0 + $1.count + 1 }
      var left: [Line] = []
      var right: [Line] = []
      for section in sections {
        if left.count + section.count <= total / 2 + 2 && right.isEmpty {
          left += (left.isEmpty ? [] : [Line()]) + section
        } else {
          right += (right.isEmpty ? [] : [Line()]) + section
        }
      }
      columns = [left, right]
    } else {
      columns = [Self.lines(keyMap, theme: theme)]
    }
    let columnWidth = twoColumns ? min(60, (area.width - 8) / 2) : min(area.width - 4, 84)
    let height = min(area.height, (columns.map(\.count).max() ?? 0) + 2)
    let box = area.centered(width: columnWidth * columns.count + 2 + (columns.count - 1) * 2, height: height)
    Frame(title: "Help — every key (j/k scroll, Esc or ? closes)", theme: theme).render(in: box, into: &buffer)
    let inner = box.inset(by: 1)
    for (index, column) in columns.enumerated() {
      let x = inner.x + 1 + index * (columnWidth + 2)
      let skip = min(scroll, max(0, column.count - inner.height))
      for (row, line) in column.dropFirst(skip).prefix(inner.height).enumerated() {
        line.render(into: &buffer, x: x, y: inner.y + row, maxX: min(inner.maxX, x + columnWidth))
      }
    }
  }
}
