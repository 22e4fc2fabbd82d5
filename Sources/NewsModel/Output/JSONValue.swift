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
    var writer = JSONWriter(indent: indent)
    writer.value(self)
    return writer.text
  }
}
