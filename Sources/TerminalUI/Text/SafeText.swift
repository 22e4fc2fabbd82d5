/// Makes untrusted text safe to draw: no control character, escape sequence or
/// invisible format character ever reaches a cell.
public enum SafeText {
  /// The grapheme to draw for an untrusted one.
  ///
  /// C0 and C1 controls (ESC, BEL, CSI…) become "�"; bidi overrides and other
  /// format characters (U+202E, U+2066…) and zero-width joiners on their own are
  /// dropped (width 0); a tab becomes a space (callers that lay out text expand
  /// tabs before this).
  public static func displayable(_ grapheme: Character) -> Character {
    guard let first = grapheme.unicodeScalars.first else { return " " }
    if grapheme.unicodeScalars.count == 1 {
      if first == "\t" { return " " }
      if isControl(first) { return "\u{FFFD}" }
      return grapheme
    }
    // Strip controls and format characters from a cluster, keep the rest.
    var scalars = String.UnicodeScalarView()
    for scalar in grapheme.unicodeScalars where !isControl(scalar) && !isBidiControl(scalar) {
      scalars.append(scalar)
    }
    guard let cleaned = String(scalars).first else { return "\u{FFFD}" }
    return cleaned
  }

  /// The text with every grapheme made displayable and tabs expanded to `tabWidth` stops.
  public static func sanitized(_ text: some StringProtocol, tabWidth: Int = 4) -> String {
    var result = ""
    var column = 0
    for grapheme in text {
      if grapheme == "\t" {
        let spaces = tabWidth - column % tabWidth
        result += String(repeating: " ", count: spaces)
        column += spaces
        continue
      }
      let safe = displayable(grapheme)
      let width = safe.displayWidth
      if width == 0 && isInvisible(safe) { continue }
      result.append(safe)
      column += width
    }
    return result
  }

  /// C0, DEL and C1 control scalars.
  public static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0)
  }

  /// Bidi embedding, override and isolate controls, which could reorder what a reader sees.
  public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) || s.value == 0x200E
      || s.value == 0x200F || s.value == 0x061C
  }

  private static func isInvisible(_ grapheme: Character) -> Bool {
    grapheme.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format || isBidiControl($0) }
  }
}
