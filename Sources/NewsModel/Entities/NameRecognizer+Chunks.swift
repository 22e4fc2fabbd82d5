/// Walking a sentence: gazetteer phrases, titles, and runs of capitalised words joined by
/// connectors ("Rio de Janeiro", "Gulf of Suez") or hyphens ("Al-Haouz", "Castellano-Reid").
extension NameScanner {
  /// Scans every sentence of the article.
  mutating func scanAll() {
    for sentence in sentences { scan(sentence.range, isHeadingLike: sentence.isHeadingLike) }
  }

  /// The run of capitalised words being collected, with what came right before it.
  private struct Run {
    var tokens: Range<Int>
    var isTitled: Bool
    var startsWithFirstName: Bool
    /// Whether a word of the run is written capitalised in running text, not only in headings.
    var isAttested: Bool
  }

  private mutating func scan(_ sentence: Range<Int>, isHeadingLike: Bool) {
    var run: Run?
    var joining = false  // a connector or hyphen was just passed inside the run
    var titled = false  // a title or role word came right before
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      let token = tokens[index]
      if token.isCapitalised {
        if let match = listedPhrase(at: index, limit: sentence.upperBound) {
          let type = gazetteer.entries[match.phrase.entry].type
          if var current = run, current.startsWithFirstName, type == .geopolitical, !match.phrase.isAcronym,
            match.end == index + 1, current.tokens.upperBound == index || joining
          {
            current.tokens = current.tokens.lowerBound..<match.end  // "George Washington"
            run = current
          } else {
            finish(&run, sentence: sentence)
            candidates.append(NameCandidate(tokens: index..<match.end, type: type, isListed: true))
            titled = false
          }
          joining = false
          index = match.end
          continue
        }
        if let end = designation(at: index, limit: sentence.upperBound) {
          finish(&run, sentence: sentence)
          candidates.append(NameCandidate(tokens: index..<end, type: .weapon, isListed: false))
          titled = false
          joining = false
          index = end
          continue
        }
        if gazetteer.titles.contains(token.key) {
          if let current = run, current.tokens.upperBound == index, !joining {
            run = nil  // "Defense Secretary": a modifier of the title, not a name
          } else {
            finish(&run, sentence: sentence)
          }
          titled = true
          joining = false
          index += 1
          if index < sentence.upperBound, !tokens[index].token.followsSpace, firstScalar(index) == "." { index += 1 }
          continue
        }
        let needsEvidence = isHeadingLike || index == sentence.lowerBound || isOpening(tokens[index - 1])
        let afterFirstName = run.map { $0.startsWithFirstName && $0.tokens.count == 1 && $0.tokens.upperBound == index } ?? false
        let evidenced = !needsEvidence || afterFirstName || capitalisedInside.contains(token.key)
          || gazetteer.firstNames.contains(token.key)
        if gazetteer.nonNames.contains(token.key) || !evidenced {
          if !evidenced, isHeadingLike, run?.isAttested == false { run = nil }  // "Francis Scott Key Bridge Collapses"
          finish(&run, sentence: sentence)
          titled = false
          joining = false
          index += 1
          continue
        }
        if var current = run, current.tokens.upperBound == index || joining {
          current.tokens = current.tokens.lowerBound..<(index + 1)
          current.isAttested = current.isAttested || capitalisedInside.contains(token.key)
          run = current
        } else {
          finish(&run, sentence: sentence)
          run = Run(
            tokens: index..<(index + 1), isTitled: titled, startsWithFirstName: gazetteer.firstNames.contains(token.key),
            isAttested: capitalisedInside.contains(token.key))
        }
        joining = false
        index += 1
        continue
      }
      if let current = run, current.tokens.upperBound == index || joining, let next = joinedToken(after: index, in: sentence, run: current) {
        joining = true
        index = next
        continue
      }
      finish(&run, sentence: sentence)
      joining = false
      titled = keepsTitle(index, titled: titled) || (token.isWord && gazetteer.personCues.contains(token.key))
      index += 1
    }
    finish(&run, sentence: sentence)
  }

  /// Where the run continues after a connector or hyphen at `index`, if it does.
  private func joinedToken(after index: Int, in sentence: Range<Int>, run: Run) -> Int? {
    let token = tokens[index]
    var next = index + 1
    if token.token.kind == .punctuation {
      guard !token.token.followsSpace else { return nil }
      let mark = firstScalar(index)
      let afterInitial = mark == "." && tokens[index - 1].token.span.length == 1 && next < sentence.upperBound
        && tokens[next].token.followsSpace  // "Donald J. Trump"
      guard NameKey.folded(mark) == 45 || afterInitial else { return nil }
    } else if token.isWord, CueWords.particles.contains(token.key) {
      if next < sentence.upperBound, tokens[next].token.kind == .punctuation, !tokens[next].token.followsSpace,
        NameKey.folded(firstScalar(next)) == 45
      {
        next += 1  // "el-Sisi"
      }
    } else if token.isWord, token.key == CueWords.of {
      let last = tokens[run.tokens.upperBound - 1].key
      guard gazetteer.organizationWords.contains(last) || gazetteer.placeFirstWords.contains(last) else { return nil }
    } else {
      return nil
    }
    guard next < sentence.upperBound, tokens[next].isCapitalised, !tokens[next].token.followsSpace || token.token.kind != .punctuation
        || firstScalar(index) == "."
    else { return nil }
    return next
  }

  /// Whether a title stays in force over this token ("President-elect").
  private func keepsTitle(_ index: Int, titled: Bool) -> Bool {
    guard titled else { return false }
    let token = tokens[index]
    if token.token.kind == .punctuation { return !token.token.followsSpace && NameKey.folded(firstScalar(index)) == 45 }
    return token.key == CueWords.elect
  }

  /// Ends the current run, typing it from its context.
  private mutating func finish(_ run: inout Run?, sentence: Range<Int>) {
    guard let current = run else { return }
    run = nil
    let typing = contextType(of: current.tokens, in: sentence, isTitled: current.isTitled)
    var fallback = typing.fallback
    if fallback == nil, !current.startsWithFirstName, let previous = candidates.last, current.tokens.lowerBound >= 2,
      previous.tokens.upperBound == current.tokens.lowerBound - 2 || previous.tokens.upperBound == current.tokens.lowerBound - 1,
      CueWords.coordination.contains(tokens[current.tokens.lowerBound - 1].key)
    {
      fallback = previous.type ?? previous.fallback  // "Taroudant and Chichaoua"
    }
    candidates.append(NameCandidate(tokens: current.tokens, type: typing.type, isListed: false, fallback: fallback))
  }

  /// The end of an unlisted weapon designation followed by a weapon noun: "Su-34 jets", "KN-25 missiles".
  private func designation(at index: Int, limit: Int) -> Int? {
    guard index + 3 < limit, tokens[index].token.span.length <= 4, tokens[index + 1].token.kind == .punctuation,
      !tokens[index + 1].token.followsSpace, NameKey.folded(firstScalar(index + 1)) == 45,
      tokens[index + 2].token.kind == .number, !tokens[index + 2].token.followsSpace
    else { return nil }
    var end = index + 3
    if tokens[end].isWord, !tokens[end].token.followsSpace, tokens[end].isCapitalised, tokens[end].token.span.length <= 2 {
      end += 1  // "Tu-22M"
    }
    guard end < limit, tokens[end].token.followsSpace, CueWords.weaponNouns.contains(tokens[end].key) else { return nil }
    return end
  }

  /// The longest gazetteer phrase starting at `index`, with its end.
  func listedPhrase(at index: Int, limit: Int) -> (end: Int, phrase: Gazetteer.Phrase)? {
    var key = NameKey.empty
    var best: (end: Int, phrase: Gazetteer.Phrase)?
    var position = index
    while position < limit {
      let token = tokens[position]
      if position > index, token.token.followsSpace, token.token.kind == .punctuation { break }
      let previous = key
      key = NameKey.extend(key, with: token.key)
      if position > index, token.isWord, !token.isCapitalised, token.token.followsSpace,
        !CueWords.phraseInnerWords.contains(token.key)
      {
        break  // "Atlas mountains" is not "Atlas Mountains"; "Co-operation" is
      }
      if let phrase = gazetteer.phrases[key], !phrase.isAcronym || allCaps(index..<(position + 1)) {
        best = (position + 1, phrase)
      } else if let phrase = pluralPhrase(previous, position), best?.end ?? 0 < position + 1 {
        best = (position + 1, phrase)
      }
      guard gazetteer.prefixes.contains(key) else { break }
      position += 1
    }
    return best
  }

  /// A weapon phrase named in the plural ("Army Tactical Missile Systems").
  private func pluralPhrase(_ previous: UInt64, _ position: Int) -> Gazetteer.Phrase? {
    let token = tokens[position]
    guard token.isWord, token.token.span.length > 3, text.scalars[token.end - 1] == "s" else { return nil }
    let singular = NameKey.extend(previous, with: NameKey.token(text.scalars, token.start..<(token.end - 1)))
    guard let phrase = gazetteer.phrases[singular], gazetteer.entries[phrase.entry].type == .weapon else { return nil }
    return phrase
  }

  private func allCaps(_ range: Range<Int>) -> Bool {
    for index in range where tokens[index].isWord && !tokens[index].isAllCaps { return false }
    return true
  }
}
