import NewsModel
import TerminalUI

/// The entity index: every entity by type, with mentions per article and variant spellings.
struct EntityIndexView: Widget {
  let state: ReaderState

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let box = area.centered(width: min(area.width - 2, 110), height: area.height)
    let filter = state.entityIndex.filter.isEmpty ? "" : " · filter “\(state.entityIndex.filter)”"
    Frame(title: "Entities\(filter) — name, mentions, per article (article:count), other spellings", theme: theme).render(in: box, into: &buffer)
    let inner = box.inset(by: 1)
    guard state.analysis != nil else {
      buffer.write(" The analysis is still running…", x: inner.x, y: inner.y, style: theme.style(.muted))
      return
    }
    let rows = state.entityIndexRows
    if rows.isEmpty {
      buffer.write(" No entity matches.", x: inner.x, y: inner.y, style: theme.style(.muted))
      return
    }
    let visible = inner.height
    let top = max(0, min(state.entityIndex.selected - visible / 2, rows.count - visible))
    var lastType: EntityType? = top > 0 ? rows[top - 1].type : nil
    var y = inner.y
    var index = top
    while y < inner.maxY, index < rows.count {
      let entity = rows[index]
      if entity.type != lastType {
        buffer.write(" \(entity.type.rawValue)", x: inner.x, y: y, style: theme.style(.helpGroup))
        lastType = entity.type
        y += 1
        if y >= inner.maxY { break }
      }
      let selected = index == state.entityIndex.selected
      let rowStyle = theme.style(selected ? .panelItemSelected : .panelItem)
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
      var x = buffer.write("  " + SafeText.sanitized(entity.name).padded(toWidth: 28), x: inner.x, y: y,
        style: theme.style(.entity(entity.type)).layered(over: rowStyle))
      x = buffer.write(" \(entity.mentionCount)".padded(toWidth: 5), x: x, y: y, style: rowStyle)
      let perArticle = counts(of: entity).map { "\($0.0):\($0.1)" }.joined(separator: " ")
      x = buffer.write(perArticle.truncated(toWidth: 36).padded(toWidth: 37), x: x, y: y, style: theme.style(.muted).layered(over: rowStyle), maxX: inner.maxX)
      let others = entity.variants.filter { $0 != entity.name }
      if !others.isEmpty {
        buffer.write("aka " + SafeText.sanitized(others.joined(separator: ", ")), x: x, y: y, style: rowStyle, maxX: inner.maxX)
      }
      y += 1
      index += 1
    }
  }

  /// Mentions per article, as (article number, count), in corpus order.
  private func counts(of entity: Entity) -> [(Int, Int)] {
    var counts: [(Int, Int)] = []
    for place in state.directory?.places(ofKey: entity.id) ?? [] {
      if let last = counts.last, last.0 == place.article + 1 {
        counts[counts.count - 1].1 += 1
      } else {
        counts.append((place.article + 1, 1))
      }
    }
    return counts
  }
}
