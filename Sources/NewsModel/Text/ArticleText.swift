/// An article's text as an array of Unicode scalars, indexed by scalar offset.
///
/// Every analysis works on offsets into this array; `string(in:)` turns a span
/// back into a `String` for display and JSON.
public struct ArticleText: Sendable {
  /// The scalars of the text, so that offsets are O(1).
  public let scalars: [Unicode.Scalar]

  /// Wraps decoded text (only its scalars are kept).
  public init(_ string: String) {
    var string = string
    scalars = string.withUTF8(Self.decode)
  }

  /// The scalars of valid UTF-8, counted first so the array is allocated once, to size.
  private static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var count = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }  // every byte but continuations
    return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      var index = 0
      var output = 0
      while index < utf8.count {
        let lead = utf8[index]
        if lead < 0x80 {
          buffer[output] = Unicode.Scalar(lead)
          index += 1
        } else {
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var value = UInt32(lead) & (0x7F >> length)
          for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
          buffer[output] = Unicode.Scalar(value)!  // valid: the string is well-formed UTF-8
          index += length
        }
        output += 1
      }
      initializedCount = output
    }
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
