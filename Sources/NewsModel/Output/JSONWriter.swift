/// Writes JSON text as UTF-8 bytes, compact or indented, keys in the order written.
///
/// Containers are opened and closed explicitly, so large documents are written without first
/// building a tree of values; with an output, full chunks are handed on as they fill.
public struct JSONWriter {
  /// The bytes written and not yet handed to the output.
  public private(set) var bytes: [UInt8] = []
  private let indent: Int?
  private let output: (([UInt8]) -> Void)?
  private var level = 0
  /// Whether the current container already holds an item (so the next one needs a comma).
  private var hasItem = false
  /// Whether a key was just written (so the value needs no separator).
  private var afterKey = false

  /// The size at which a chunk is handed to the output.
  static let chunkSize = 1 << 20

  /// Creates a writer; `indent` spaces per level make the text indented, and `output`, when
  /// given, receives the text in chunks of about a mebibyte (call `finish()` at the end).
  public init(indent: Int? = nil, output: (([UInt8]) -> Void)? = nil) {
    self.indent = indent
    self.output = output
    bytes.reserveCapacity(output == nil ? 4096 : Self.chunkSize + Self.chunkSize / 4)
  }

  /// The text written so far (without an output, the whole document).
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Ends the text with a line break and hands what is left to the output.
  public mutating func finish() {
    bytes.append(0x0A)
    flush()
  }

  // MARK: Containers

  /// Opens an object.
  public mutating func beginObject() { open(0x7B) }

  /// Closes the innermost object.
  public mutating func endObject() { close(0x7D) }

  /// Opens an array.
  public mutating func beginArray() { open(0x5B) }

  /// Closes the innermost array.
  public mutating func endArray() { close(0x5D) }

  /// Writes an object's key; the value written next belongs to it.
  public mutating func key(_ name: String) {
    separate()
    writeString(name)
    bytes.append(0x3A)
    if indent != nil { bytes.append(0x20) }
    afterKey = true
  }

  // MARK: Values

  /// Writes `null`.
  public mutating func null() { raw("null") }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

  /// Writes an integer.
  public mutating func int(_ value: Int) {
    separate()
    bytes.append(contentsOf: String(value).utf8)  // a small string: no allocation
    hasItem = true
  }

  /// Writes a number: whole numbers below 10¹⁵ without a fraction, others as Swift prints them,
  /// infinities and NaN as `null`.
  public mutating func double(_ value: Double) {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      int(Int(value))
    } else if value.isFinite {
      raw("\(value)")
    } else {
      null()
    }
  }

  /// Writes a string.
  public mutating func string(_ value: String) {
    separate()
    writeString(value)
    hasItem = true
  }

  /// Writes a string given as scalars, without building it first.
  public mutating func string(_ scalars: ArraySlice<Unicode.Scalar>) {
    separate()
    bytes.append(0x22)
    for scalar in scalars {
      let v = scalar.value
      if v < 0x80 {
        appendASCII(UInt8(truncatingIfNeeded: v))
      } else if v < 0xA0 || v == 0x2028 || v == 0x2029 {
        appendEscape(v)
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
    bytes.append(0x22)
    hasItem = true
  }

  /// Writes a string, or `null` when there is none.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes a whole value.
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let b): bool(b)
    case .int(let i): int(i)
    case .double(let d): double(d)
    case .string(let s): string(s)
    case .array(let items):
      beginArray()
      for item in items { self.value(item) }
      endArray()
    case .object(let pairs):
      beginObject()
      for (name, item) in pairs {
        key(name)
        self.value(item)
      }
      endObject()
    }
  }

  // MARK: Layout

  /// Writes what comes before an item: a comma after another item and, when indenting, a new line.
  private mutating func separate() {
    if afterKey {
      afterKey = false
      return
    }
    guard level > 0 else { return }
    if hasItem { bytes.append(0x2C) }
    newLine()
  }

  private mutating func newLine() {
    guard let indent else { return }
    bytes.append(0x0A)
    for _ in 0..<(indent * level) { bytes.append(0x20) }
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    level += 1
    hasItem = false
  }

  private mutating func close(_ bracket: UInt8) {
    level -= 1
    if hasItem { newLine() }
    bytes.append(bracket)
    hasItem = true
    if output != nil, bytes.count >= Self.chunkSize { flush() }
  }

  private mutating func raw(_ literal: String) {
    separate()
    bytes.append(contentsOf: literal.utf8)
    hasItem = true
  }

  private mutating func flush() {
    guard let output, !bytes.isEmpty else { return }
    output(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  // MARK: Escaping

  /// Writes a string literal, escaping quotes, backslashes and every control character
  /// (C0, DEL, C1) as well as U+2028 and U+2029, which end lines in some readers.
  private mutating func writeString(_ s: String) {
    bytes.append(0x22)
    var s = s
    s.withUTF8 { utf8 in
      // Runs of bytes that need no escape are copied whole; the string is valid UTF-8, so a lead
      // byte is always followed by its continuation bytes.
      var runStart = 0
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        let escaped: UInt32?
        let length: Int
        switch byte {
        case 0x22, 0x5C, ..<0x20, 0x7F: (escaped, length) = (UInt32(byte), 1)
        case 0xC2 where utf8[index + 1] < 0xA0: (escaped, length) = (UInt32(utf8[index + 1]), 2)  // C1 controls
        case 0xE2 where utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          (escaped, length) = (utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, 3)  // line and paragraph separators
        default: (escaped, length) = (nil, 1)
        }
        guard let escaped else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        if escaped < 0x80 { appendASCII(UInt8(escaped)) } else { appendEscape(escaped) }
        index += length
        runStart = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    bytes.append(0x22)
  }

  private mutating func appendASCII(_ byte: UInt8) {
    switch byte {
    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
    case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
    case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
    case ..<0x20, 0x7F: appendEscape(UInt32(byte))
    default: bytes.append(byte)
    }
  }

  /// Writes `\u` and four lowercase hex digits.
  private mutating func appendEscape(_ value: UInt32) {
    bytes.append(contentsOf: [0x5C, 0x75])
    for shift: UInt32 in [12, 8, 4, 0] {
      let digit = UInt8(truncatingIfNeeded: (value >> shift) & 0xF)
      bytes.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
    }
  }
}
