/// A fact that outlets state differently (or agree on only after conversion).
public struct Discrepancy: Hashable, Sendable, Identifiable {
  /// What sort of fact is disputed.
  public enum Kind: String, Sendable, Hashable {
    /// A count, measure or sum of money.
    case number
    /// A time of day or a duration.
    case date
    /// One speaker quoted in different words.
    case quote
    /// One entity spelled differently.
    case name
    /// A fact stated by one outlet only.
    case coverage
  }

  /// How the statements relate.
  public enum Verdict: String, Sendable, Hashable {
    /// The statements cannot all be true (or the words or spellings differ).
    case conflict
    /// The statements agree.
    case agree
    /// The same figure, with hedges that point different ways ("almost 10,000" vs "over 10,000").
    case hedged
    /// The statements agree once units, rates or time zones are converted.
    case agreeAfterConversion = "agree-after-conversion"
    /// A statement that others do not make.
    case differentStatement = "different-statement"
  }

  /// How much the reader should care, most severe first.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// A clear conflict (values more than 10 % apart).
    case high
    /// A close conflict or a hedge.
    case medium
    /// A conversion, a spelling or a wording.
    case low
    /// For information: a single-outlet fact.
    case info

    var rank: Int {
      switch self {
      case .high: 0
      case .medium: 1
      case .low: 2
      case .info: 3
      }
    }

    /// Whether `lhs` is more severe than `rhs`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A stable id ("d1").
  public var id: String
  /// What sort of fact it is.
  public var kind: Kind
  /// A short human description ("North Korean troops sent").
  public var subject: String
  /// How the statements relate.
  public var verdict: Verdict
  /// How much it matters.
  public var severity: Severity
  /// Each outlet's statement, in corpus order.
  public var statements: [Statement]
  /// The conversion that makes the statements agree ("190 mi = 306 km"), if one was needed.
  public var conversion: String?

  /// Creates a discrepancy; `id` is assigned once all are sorted.
  public init(
    id: String = "", kind: Kind, subject: String, verdict: Verdict, severity: Severity, statements: [Statement],
    conversion: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.subject = subject
    self.verdict = verdict
    self.severity = severity
    self.statements = statements
    self.conversion = conversion
  }
}

/// One outlet's statement of a fact: its exact words and the value it gives.
public struct Statement: Hashable, Sendable {
  /// The article's id.
  public var articleID: String
  /// The outlet's exact words (the sentence around the figure).
  public var span: TextSpan
  /// The text of `span`.
  public var text: String
  /// The figure's own span, so a view can mark it.
  public var figure: TextSpan?
  /// The value as stated, or nil for names and quotes.
  public var value: StatedValue?

  /// Creates a statement.
  public init(articleID: String, span: TextSpan, text: String, figure: TextSpan? = nil, value: StatedValue? = nil) {
    self.articleID = articleID
    self.span = span
    self.text = text
    self.figure = figure
    self.value = value
  }
}

/// A value as an outlet states it: the figure (or range), its unit and its hedge.
public struct StatedValue: Hashable, Sendable {
  /// The lower end, as written (nil when vague).
  public var low: Double?
  /// The upper end, as written (equal to `low` unless a range was given).
  public var high: Double?
  /// The unit as written, or the counted noun for counts ("troops").
  public var unit: String
  /// The hedge as written ("as many as"), or nil.
  public var qualifier: String?
  /// For a time of day, the time as "HH:MM" (the value then counts minutes after midnight), else nil.
  public var clock: String? = nil
}

/// Finds where the outlets of a corpus disagree.
public enum DiscrepancyFinder {
  /// The discrepancies of a corpus, most severe first.
  public static func discrepancies(in corpus: Corpus, mentions: [[Mention]], entities: [Entity]) -> [Discrepancy] {
    let perArticle = ParallelMap.map(Array(corpus.articles.indices.prefix(mentions.count))) { index in
      let article = corpus.articles[index]
      let direct = QuoteExtractor.quotes(in: article, index: index, mentions: mentions[index])
      return (
        FactExtractor.facts(in: article, index: index, mentions: mentions[index]),
        direct + ReportedSpeech.statements(in: article, index: index, mentions: mentions[index], quotes: direct)
      )
    }
    var facts = perArticle.flatMap(\.0)
    let quotes = perArticle.flatMap(\.1)
    FactGrouper.resolveLocalTimes(&facts)
    var found = FactGrouper.discrepancies(facts, corpus: corpus)
    found += FactGrouper.timeAgreements(facts, corpus: corpus)
    found += QuoteComparer.discrepancies(quotes, corpus: corpus)
    found += NameDiscrepancies.discrepancies(entities: entities, corpus: corpus, mentions: mentions)
    return ordered(found)
  }

  /// Sorts discrepancies most severe first (then conflicts before agreements, then by first appearance) and numbers them.
  static func ordered(_ discrepancies: [Discrepancy]) -> [Discrepancy] {
    let sorted = discrepancies.enumerated().sorted { a, b in
      if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
      if a.element.statements.count != b.element.statements.count {
        return a.element.statements.count > b.element.statements.count
      }
      return a.offset < b.offset
    }
    return sorted.enumerated().map { position, entry in
      var discrepancy = entry.element
      discrepancy.id = "d\(position + 1)"
      return discrepancy
    }
  }
}
