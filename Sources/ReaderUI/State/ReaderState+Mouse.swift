import TerminalUI

extension ReaderState {
  /// A wheel step scrolls the pane under the pointer; a click selects what is under it.
  mutating func handleMouse(_ mouse: MouseEvent) {
    guard overlay == nil else {
      if mouse.action == .wheelDown { move(by: 3) } else if mouse.action == .wheelUp { move(by: -3) }
      return
    }
    let g = geometry
    let pane: Pane? =
      g.list.contains(x: mouse.x, y: mouse.y) ? .list
      : g.reading.contains(x: mouse.x, y: mouse.y) ? .reading
      : g.panel.contains(x: mouse.x, y: mouse.y) ? .panel : nil
    guard let pane else { return }
    switch mouse.action {
    case .wheelDown, .wheelUp:
      let delta = mouse.action == .wheelDown ? 3 : -3
      if pane == .reading { scroll(by: delta) } else { let saved = focus; focus = pane; move(by: delta); focus = saved }
    case .press:
      focus = pane
      let row = mouse.y - g.list.y - 1
      switch pane {
      case .list:
        if case .article(let index)? = listRows.entry(atRow: row, top: listTop) { selectArticle(index) }
      case .reading: selectMention(atColumn: mouse.x - ReaderGeometry.content(of: g.reading).x - 1, line: readingTop + row)
      case .panel:
        if let count = analysis?.discrepancies.count, row >= 0, row < count { panelSelection = row }
      }
      relayoutIfWidthChanged()
    }
  }
}
