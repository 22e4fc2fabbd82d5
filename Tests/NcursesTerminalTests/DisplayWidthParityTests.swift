import CNcurses
import TerminalUI
import Testing

/// TerminalUI decides where graphemes go and ncurses advances its cursor by the C library's
/// `wcwidth`, so the two must agree on every printable scalar or columns drift.
@Suite struct DisplayWidthParityTests {
  @Test func everyPrintableScalarHasTheCLibraryWidth() throws {
    try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is missing")
    var disagreements: [String] = []
    var compared = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = Int(cnc_wcwidth(wchar_t(bitPattern: value)))
      if expected == -1 { continue }  // not printable: never drawn as itself
      compared += 1
      if scalar.displayWidth != expected {
        disagreements.append("U+\(String(value, radix: 16, uppercase: true)): \(scalar.displayWidth) vs \(expected)")
      }
    }
    #expect(compared > 150_000)
    #expect(disagreements.count == 0, "first: \(disagreements.prefix(20).joined(separator: ", "))")
  }
}
