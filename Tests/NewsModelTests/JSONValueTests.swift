import Testing
@testable import NewsModel

@Suite struct JSONValueTests {
  @Test func stringsAreEscapedSoTheJSONStaysValid() {
    let value = JSONValue.object([("t", .string("a\"b\\c\n\u{1B}]0;x\u{07}\u{85}\u{2028}’"))])
    #expect(value.serialized() == #"{"t":"a\"b\\c\n\u001b]0;x\u0007\u0085\u2028’"}"#)
  }

  @Test func plainStringsAndOrderAreKept() {
    let value = JSONValue.object([("version", .int(1)), ("a", .array([.string("Zelenskyy"), .null, .bool(true)]))])
    #expect(value.serialized() == #"{"version":1,"a":["Zelenskyy",null,true]}"#)
  }
}
