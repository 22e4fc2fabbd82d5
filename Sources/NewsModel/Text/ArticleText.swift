/// An article's text as an array of Unicode scalars, indexed by scalar offset.
///
/// Every analysis works on offsets into this array; `string(in:)` turns a span
/// back into a `String` for display and JSON.
public struct ArticleText: Sendable {
  /// The scalars of the text, so that offsets are O(1).
  public let scalars: [Unicode.Scalar]

  /// Wraps decoded text (only its scalars are kept).
  public init(_ string: String) {
    self.scalars = Array(string.unicodeScalars)
  }

  /// The whole text, rebuilt from the scalars (not stored, to keep memory down).
  public var string: String { Self.string(of: scalars[...]) }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The text of a span.
  public func string(in span: TextSpan) -> String { Self.string(of: scalars[span.start..<span.end]) }

  /// A string of scalars, encoded straight into its UTF-8 storage (ASCII capitals lowercased
  /// when asked): far faster than appending scalars to a string one by one.
  static func string(of scalars: some Collection<Unicode.Scalar>, lowercasingASCII: Bool = false) -> String {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: byteCount) { bytes in
      var index = 0
      for scalar in scalars {
        let v = scalar.value
        if v < 0x80 {
          let isCapital = v >= 0x41 && v <= 0x5A
          bytes[index] = UInt8(truncatingIfNeeded: lowercasingASCII && isCapital ? v | 0x20 : v)
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

  /// The scalar at an offset, or nil outside the text.
  public subscript(safe offset: Int) -> Unicode.Scalar? {
    offset >= 0 && offset < scalars.count ? scalars[offset] : nil
  }
}
