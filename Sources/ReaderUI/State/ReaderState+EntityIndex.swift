import NewsModel

extension ReaderState {
  /// The entities the index shows: filtered, grouped by type, most mentioned first.
  var entityIndexRows: [Entity] {
    guard let analysis else { return [] }
    let filter = entityIndex.filter.lowercased()
    let shown = analysis.entities.filter { entity in
      filter.isEmpty || entity.name.lowercased().contains(filter)
        || entity.variants.contains { $0.lowercased().contains(filter) }
    }
    let order = Dictionary(uniqueKeysWithValues: EntityType.allCases.enumerated().map { ($1, $0) })
    return shown.sorted {
      (order[$0.type] ?? 0, -$0.mentionCount, $0.name) < (order[$1.type] ?? 0, -$1.mentionCount, $1.name)
    }
  }

  /// Jumps to the first mention of the entity selected in the index.
  mutating func jumpToSelectedEntity() {
    let rows = entityIndexRows
    guard rows.indices.contains(entityIndex.selected) else { return }
    guard let first = directory?.places(ofKey: rows[entityIndex.selected].id).first else { return }
    overlay = nil
    focus = .reading
    focusMention(article: first.article, mention: first.mention)
  }
}
