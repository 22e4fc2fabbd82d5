/// Makes untrusted text safe to draw: no control character, escape sequence or
/// invisible format character ever reaches a cell.
public enum SafeText {
  /// The columns between tab stops when tabs are expanded.
  public static let tabWidth = 4

  /// The grapheme to draw for an untrusted one.
  ///
  /// C0 and C1 controls (ESC, BEL, CSI…) become "�"; controls and bidi controls inside a
  /// cluster are stripped from it; a tab becomes a space (callers that lay out text expand
  /// tabs before this). Invisible graphemes (see `isInvisible`) are returned as they are:
  /// callers drop them.
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

  /// The grapheme to hand to `WordWrap` for an untrusted one, or nil to leave it out.
  ///
  /// Invisible graphemes are left out, a line break becomes a space, a tab stays a tab
  /// (`WordWrap` expands it to the next tab stop of its line), anything else is made
  /// displayable.
  public static func wrappable(_ grapheme: Character) -> Character? {
    if grapheme == "\t" { return "\t" }
    if grapheme.isNewline { return " " }
    if isInvisible(grapheme) { return nil }
    return displayable(grapheme)
  }

  /// The text with every grapheme made displayable, invisible ones dropped and tabs expanded.
  public static func sanitized(_ text: some StringProtocol, tabWidth: Int = tabWidth) -> String {
    var result = ""
    var column = 0
    for grapheme in text {
      if grapheme == "\t" {
        let spaces = tabWidth - column % tabWidth
        result += String(repeating: " ", count: spaces)
        column += spaces
        continue
      }
      if isInvisible(grapheme) { continue }
      let safe = displayable(grapheme)
      result.append(safe)
      column += safe.displayWidth
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

  /// Whether a grapheme is made only of format characters (bidi controls, zero-width
  /// joiners and spaces, soft hyphens, tags), which draw nothing of their own.
  public static func isInvisible(_ grapheme: Character) -> Bool {
    grapheme.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format || isBidiControl($0) }
  }
}
