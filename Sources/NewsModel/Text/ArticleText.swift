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

  /// The text of a span, encoded straight into a new string's UTF-8 storage.
  public func string(in span: TextSpan) -> String {
    scalars.withUnsafeBufferPointer { all in
      let slice = UnsafeBufferPointer(rebasing: all[span.start..<span.end])
      var byteCount = 0
      for scalar in slice { byteCount += UTF8.width(scalar) }
      return String(unsafeUninitializedCapacity: byteCount) { bytes in
        var index = 0
        for scalar in slice {
          let v = scalar.value
          if v < 0x80 {
            bytes[index] = UInt8(truncatingIfNeeded: v)
            index += 1
          } else {
            for unit in UTF8.encode(scalar)! {
              bytes[index] = unit
              index += 1
            }
          }
        }
        return index
      }
    }
  }

  /// The scalar at an offset, or nil outside the text.
  public subscript(safe offset: Int) -> Unicode.Scalar? {
    offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }
}
