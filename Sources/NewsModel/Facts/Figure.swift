/// A date, count, measure or sum of money found in an article, with its value as written.
public struct Figure: Sendable, Hashable {
  /// The span of the figure: the number with its unit, never its qualifier.
  public var span: TextSpan
  /// DATE, QUANTITY or MONEY.
  public var type: EntityType
  /// The value in `unit`; nil for vague counts ("thousands") and names of days and months.
  public var value: Double?
  /// The upper end of a stated range ("48 to 72 hours"), else nil.
  public var upper: Double?
  /// The unit the value is written in.
  public var unit: FigureUnit
  /// The qualifier as written ("as many as"), or nil.
  public var qualifier: String?
  /// How the qualifier bounds the value.
  public var bound: Bound
  /// The span of the qualifier, or nil.
  public var qualifierSpan: TextSpan?
  /// The offsets from UTC (in minutes) a time of day may have, when its zone is known.
  public var utcOffsets: ClosedRange<Int>?
  /// Whether the time of day is given in the event's local time.
  public var isLocalTime: Bool
  /// The time zone as written ("GMT", "local time", "UK time"), or nil.
  public var zone: String?
  /// The index of the figure's first token.
  var tokenStart = 0
  /// The index of the first token after the figure.
  var tokenEnd: Int

  /// Creates a figure.
  init(
    span: TextSpan, type: EntityType, value: Double?, upper: Double? = nil, unit: FigureUnit,
    tokenEnd: Int
  ) {
    self.span = span
    self.type = type
    self.value = value
    self.upper = upper
    self.unit = unit
    self.qualifier = nil
    self.bound = value == nil && type == .quantity ? .vague : (upper == nil ? .exact : .range)
    self.qualifierSpan = nil
    self.utcOffsets = nil
    self.isLocalTime = false
    self.zone = nil
    self.tokenEnd = tokenEnd
  }
}
