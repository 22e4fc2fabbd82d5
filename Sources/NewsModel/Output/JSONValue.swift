/// A JSON value whose objects keep their keys in the order they were built.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  /// The value as compact or indented JSON text.
  public func serialized(indent: Int? = nil) -> String {
    var out = ""
    write(into: &out, indent: indent, level: 0)
    return out
  }

  private func write(into out: inout String, indent: Int?, level: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d):
      if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else if d.isFinite { out += "\(d)" } else { out += "null" }
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: "[", close: "]", into: &out, indent: indent, level: level)
    case .object(let pairs):
      writeContainer(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", into: &out, indent: indent, level: level)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, into out: inout String, indent: Int?, level: Int
  ) {
    out += open
    guard !items.isEmpty else { out += close; return }
    for (index, (key, value)) in items.enumerated() {
      if index > 0 { out += "," }
      if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
      if let key {
        JSONValue.writeString(key, into: &out)
        out += indent == nil ? ":" : ": "
      }
      value.write(into: &out, indent: indent, level: level + 1)
    }
    if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
    out += close
  }

  /// Writes a string literal, escaping quotes, backslashes and every control character.
  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
      out += s  // nothing to escape (C1 controls start with 0xC2, U+2028/9 with 0xE2)
      out += "\""
      return
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
