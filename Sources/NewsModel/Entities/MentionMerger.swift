/// Merges name and figure mentions into one sorted list without overlaps.
enum MentionMerger {
  /// Both lists merged; where two mentions overlap, the longer one stays (a name on a tie).
  static func merge(_ names: [Mention], _ figures: [Mention]) -> [Mention] {
    let all = (names.map { ($0, 0) } + figures.map { ($0, 1) }).sorted {
      ($0.0.span.start, -$0.0.span.length, $0.1) < ($1.0.span.start, -$1.0.span.length, $1.1)
    }
    var result: [Mention] = []
    result.reserveCapacity(all.count)  // kept for the whole analysis: no growth slack
    for (mention, _) in all {
      if let last = result.last, last.span.overlaps(mention.span) {
        if mention.span.length > last.span.length { result[result.count - 1] = mention }
        continue
      }
      result.append(mention)
    }
    return result
  }
}
