/// An article's text as an array of Unicode scalars, indexed by scalar offset.
///
/// Every analysis works on offsets into this array; `string(in:)` turns a span
/// back into a `String` for display and JSON.
public struct ArticleText: Sendable {
  /// The decoded text, a leading byte-order mark dropped.
  public let string: String
  /// The scalars of `string`, so that offsets are O(1).
  public let scalars: [Unicode.Scalar]

  /// Wraps decoded text.
  public init(_ string: String) {
    self.string = string
    self.scalars = Array(string.unicodeScalars)
  }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The text of a span.
  public func string(in span: TextSpan) -> String {
    var result = ""
    result.reserveCapacity(span.length)
    for scalar in scalars[span.start..<span.end] { result.unicodeScalars.append(scalar) }
    return result
  }

  /// The scalar at an offset, or nil outside the text.
  public subscript(safe offset: Int) -> Unicode.Scalar? {
    offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }
}
