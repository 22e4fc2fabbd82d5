import Foundation

/// The name lists the recogniser and linker read: places, nationalities, organisations, weapons and cue words.
///
/// Loaded once from the data files in `Gazetteers/` into `Gazetteer.shared`. Phrases are stored
/// by `NameKey`, with every prefix of a phrase kept so a lookup can stop as soon as none can match.
struct Gazetteer: Sendable {
  /// One named thing of a list, with its canonical spelling.
  struct Entry: Sendable {
    /// The spelling the list gives first.
    let canonical: String
    /// The type of its mentions.
    let type: EntityType
    /// For a nationality, the country it belongs to, when it has one.
    let country: String?
  }

  /// A phrase of a list: which entry it names, how many tokens it has, whether it is an acronym.
  struct Phrase: Sendable {
    /// The index of the entry in `entries`.
    let entry: Int
    /// Whether the phrase is written in capitals ("WHO"), so only capitals match it.
    let isAcronym: Bool
  }

  /// Every entry, in file order.
  private(set) var entries: [Entry] = []
  /// Phrases by key.
  private(set) var phrases = KeyMap<Phrase>()
  /// Keys of every proper prefix of a phrase.
  private(set) var prefixes: KeySet = []
  /// Title and rank words that precede a person's name.
  private(set) var titles: KeySet = []
  /// Lowercase role words that precede a person's name ("spokesman").
  private(set) var personCues: KeySet = []
  /// Given names.
  private(set) var firstNames: KeySet = []
  /// Last words of organisation names.
  private(set) var organizationWords: KeySet = []
  /// Words that lead a place name ("Gulf", "Cape").
  private(set) var placeFirstWords: KeySet = []
  /// Words that end a place name ("Canal", "Province").
  private(set) var placeLastWords: KeySet = []
  /// Lowercase words that follow a place outside its span ("region").
  private(set) var placeAfterWords: KeySet = []
  /// Capitalised words that never start a name ("The", "However", "Monday").
  private(set) var nonNames: KeySet = []

  /// The lists, loaded once.
  static let shared = Gazetteer(loadingFrom: Bundle.module)

  /// The index of the entry a whole name spells, if a list holds it.
  func entryIndex(named name: String) -> Int? {
    phrases[NameKey.phrase(name)]?.entry
  }

  /// Builds the lists from the data files of a bundle.
  init(loadingFrom bundle: Bundle) {
    let named: [(String, EntityType)] = [
      ("countries", .geopolitical), ("places", .geopolitical), ("demonyms", .nationality),
      ("organizations", .organization), ("weapons", .weapon),
    ]
    for (file, type) in named {
      for fields in Self.lines(file, in: bundle) {
        if type == .nationality {
          let country = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
          add(Entry(canonical: fields[0], type: type, country: country), spellings: [fields[0]])
        } else {
          add(Entry(canonical: fields[0], type: type, country: nil), spellings: fields)
        }
      }
    }
    titles = Self.words("titles", in: bundle)
    personCues = Self.words("person-cues", in: bundle)
    firstNames = Self.words("first-names", in: bundle)
    organizationWords = Self.words("organization-words", in: bundle)
    nonNames = Self.words("non-names", in: bundle)
    let sections = Self.sections("place-words", in: bundle)
    placeFirstWords = sections["<first>", default: []]
    placeLastWords = sections["<last>", default: []]
    placeAfterWords = sections["<after>", default: []]
  }

  private mutating func add(_ entry: Entry, spellings: [String]) {
    let index = entries.count
    entries.append(entry)
    for spelling in spellings where !spelling.isEmpty {
      let text = ArticleText(spelling)
      var key = NameKey.empty
      let tokens = Tokenizer.tokens(in: text)
      for (position, token) in tokens.enumerated() {
        key = NameKey.extend(key, with: NameKey.token(text.scalars, token.span.start..<token.span.end))
        if position < tokens.count - 1 { prefixes.insert(key) }
      }
      let letters = spelling.unicodeScalars.filter(\.isLetterLike)
      let isAcronym = letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter)
      if phrases[key] == nil { phrases[key] = Phrase(entry: index, isAcronym: isAcronym) }
    }
  }

  private static func lines(_ name: String, in bundle: Bundle) -> [[String]] {
    guard let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Gazetteers"),
      let contents = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return contents.split(separator: "\n").compactMap { line in
      let trimmed = trimmingBlanks(line)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
      return trimmed.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// A line without the tabs and spaces (Unicode Zs) around it, as `trimmingCharacters(in: .whitespaces)`
  /// would trim it, without the round trip through Foundation.
  private static func trimmingBlanks(_ line: Substring) -> Substring {
    func isBlank(_ c: Unicode.Scalar) -> Bool {
      let v = c.value
      return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F
        || v == 0x205F || v == 0x3000
    }
    let scalars = line.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return Substring(scalars[first...last])
  }

  /// The keys of the first word of each line ("Gen." → "gen").
  private static func words(_ name: String, in bundle: Bundle) -> KeySet {
    KeySet(lines(name, in: bundle).map { wordKey($0[0]) })
  }

  private static func sections(_ name: String, in bundle: Bundle) -> [String: KeySet] {
    var result: [String: KeySet] = [:]
    var current = ""
    for fields in lines(name, in: bundle) {
      if fields[0].hasPrefix("<") {
        current = fields[0]
      } else {
        result[current, default: []].insert(wordKey(fields[0]))
      }
    }
    return result
  }

  /// The key of a word without a final dot, hyphens kept ("Secretary-General" stays whole).
  private static func wordKey(_ word: String) -> UInt64 {
    let scalars = Array((word.hasSuffix(".") ? String(word.dropLast()) : word).unicodeScalars)
    return NameKey.token(scalars, 0..<scalars.count)
  }
}
