extension Discrepancy {
  /// The discrepancy as in the JSON contract.
  public var jsonValue: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(id)), ("kind", .string(kind.rawValue)), ("subject", .string(subject)),
      ("verdict", .string(verdict.rawValue)), ("severity", .string(severity.rawValue)), ("summary", .string(summary)),
    ]
    if let conversion { fields.append(("conversion", .string(conversion))) }
    fields.append(("statements", .array(statements.map(\.jsonValue))))
    return .object(fields)
  }
}

extension Statement {
  /// The statement as in the JSON contract.
  public var jsonValue: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("article", .string(articleID)), ("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(text)),
    ]
    if let value {
      fields.append(
        ("value",
          .object([
            ("low", value.low.map { .double($0) } ?? .null), ("high", value.high.map { .double($0) } ?? .null),
            ("unit", .string(value.unit)), ("qualifier", value.qualifier.map { .string($0) } ?? .null),
          ] + (value.clock.map { [("clock", JSONValue.string($0))] } ?? []))))
    }
    if let figure {
      fields.append(("figure", .object([("start", .int(figure.start)), ("end", .int(figure.end))])))
    }
    return .object(fields)
  }
}
