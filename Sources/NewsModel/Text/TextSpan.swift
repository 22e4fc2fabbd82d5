/// A half-open range of Unicode-scalar offsets into an article's text.
///
/// Offsets count Unicode scalars (what Python's `str` indexes), so a span
/// written to JSON can be checked with `text[start:end]` in any language.
public struct TextSpan: Hashable, Sendable, Comparable {
  /// The offset of the first scalar.
  public var start: Int
  /// The offset one past the last scalar.
  public var end: Int

  /// Creates a span; `end` must not be below `start`.
  public init(start: Int, end: Int) {
    precondition(end >= start, "span end \(end) below start \(start)")
    self.start = start
    self.end = end
  }

  /// The number of scalars covered.
  public var length: Int { end - start }

  /// Whether the span covers nothing.
  public var isEmpty: Bool { start == end }

  /// Whether the two spans share at least one scalar.
  public func overlaps(_ other: TextSpan) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: TextSpan) -> Bool {
    start <= other.start && other.end <= end
  }

  /// Whether the offset lies inside the span.
  public func contains(offset: Int) -> Bool { start <= offset && offset < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
