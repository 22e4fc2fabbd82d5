extension Buffer {
  /// A readable text form for snapshot tests: every row between `|` bars, then
  /// one line for each run of cells whose style is not plain.
  ///
  /// ```
  /// |Kyiv said         |
  /// row 0 cols 0..<4: fg=green bold
  /// ```
  public var snapshot: String {
    var lines: [String] = []
    var runs: [String] = []
    for (rowIndex, row) in rows.enumerated() {
      var text = ""
      for cell in row where !cell.isContinuation { text.append(cell.grapheme) }
      lines.append("|\(text)|")
      var runStart = 0
      var runStyle = Style.plain
      for (column, cell) in row.enumerated() where !cell.isContinuation || cell.style != runStyle {
        if cell.style != runStyle {
          if runStyle != .plain { runs.append("row \(rowIndex) cols \(runStart)..<\(column): \(runStyle)") }
          runStart = column
          runStyle = cell.style
        }
      }
      if runStyle != .plain { runs.append("row \(rowIndex) cols \(runStart)..<\(row.count): \(runStyle)") }
    }
    return (lines + runs).joined(separator: "\n") + "\n"
  }

  /// The text of every row, without styles or padding on the right.
  public var plainText: String {
    rows.map { row in
      var text = ""
      for cell in row where !cell.isContinuation { text.append(cell.grapheme) }
      while text.last == " " { text.removeLast() }
      return text
    }.joined(separator: "\n")
  }
}
