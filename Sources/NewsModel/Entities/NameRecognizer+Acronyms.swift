/// Acronym definitions ("Army Tactical Missile System (ATACMS)") and names that grow into
/// events ("G20 summit") or organisations ("American Airlines").
extension NameScanner {
  /// Gives a long form and its acronym in parentheses the same type, whichever one knows it.
  mutating func applyAcronymDefinitions() {
    guard candidates.count >= 2 else { return }
    for index in 1..<candidates.count {
      let long = candidates[index - 1]
      let short = candidates[index]
      let open = long.tokens.upperBound
      guard short.tokens.count == 1, short.tokens.lowerBound == open + 1, open + 2 < tokens.count,
        tokens[open].key == CueWords.openParenthesis, tokens[open + 2].key == CueWords.closeParenthesis,
        tokens[short.tokens.lowerBound].isAllCaps,
        Self.abbreviates(shortForm: scalars(short.tokens), longForm: scalars(long.tokens))
      else { continue }
      let type = (short.isListed ? short.type : nil) ?? (long.isListed ? long.type : nil) ?? long.type ?? short.type
        ?? .organization
      candidates[index - 1].type = type
      candidates[index].type = type
    }
  }

  /// Schwartz–Hearst: every letter of the short form appears in order in the long form, the
  /// first one at the start of a word (a plural "s" of the short form is ignored).
  static func abbreviates(shortForm: [Unicode.Scalar], longForm: [Unicode.Scalar]) -> Bool {
    var short = shortForm.filter { $0.isLetterLike || $0.isASCIIDigit }
    if short.count > 2, short.last == "s" { short.removeLast() }
    guard short.count >= 2, short.count < longForm.count else { return false }
    var longIndex = longForm.count - 1
    var shortIndex = short.count - 1
    while shortIndex >= 0 {
      let wanted = NameKey.folded(short[shortIndex])
      while longIndex >= 0,
        NameKey.folded(longForm[longIndex]) != wanted
          || (shortIndex == 0 && longIndex > 0 && longForm[longIndex - 1].isLetterLike)
      {
        longIndex -= 1
      }
      if longIndex < 0 { return false }
      longIndex -= 1
      shortIndex -= 1
    }
    return true
  }

  /// Makes "<name> summit" an event and joins a nationality or country to the organisation
  /// name right after it when that name ends in an organisation word.
  mutating func applyEventsAndCompounds() {
    var merged: [NameCandidate] = []
    merged.reserveCapacity(candidates.count)
    for var candidate in candidates {
      let end = candidate.tokens.upperBound
      if candidate.type != .person, end < tokens.count, tokens[end].key == CueWords.summit,
        tokens[end].token.followsSpace
      {
        candidate.tokens = candidate.tokens.lowerBound..<(end + 1)
        candidate.type = .event
      }
      if let previous = merged.last, previous.isListed, previous.tokens.upperBound == candidate.tokens.lowerBound,
        previous.type == .nationality || previous.type == .geopolitical,
        !candidate.isListed, candidate.type == .organization,
        gazetteer.organizationWords.contains(tokens[candidate.tokens.upperBound - 1].key)
      {
        merged[merged.count - 1] = NameCandidate(
          tokens: previous.tokens.lowerBound..<candidate.tokens.upperBound, type: .organization, isListed: false)
        continue
      }
      if !candidate.isListed, candidate.tokens.count == 1, candidate.type == .organization,
        gazetteer.organizationWords.contains(tokens[candidate.tokens.lowerBound].key)
      {
        candidate.type = nil  // "Airlines" alone names nothing
      }
      merged.append(candidate)
    }
    candidates = merged
  }

  /// The scalars of a run of tokens, as written.
  func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
    Array(text.scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
  }
}
