extension Character {
  /// The number of terminal columns the grapheme takes: 0, 1 or 2.
  ///
  /// The width of a cluster is the width of its first scalar, except that an
  /// emoji presentation selector (U+FE0F) makes it 2.
  public var displayWidth: Int {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    let width = first.displayWidth
    if width == 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return width
  }
}

extension Unicode.Scalar {
  /// The number of terminal columns one scalar takes, as the C library's `wcwidth`
  /// under a UTF-8 locale (0 for controls, which are never drawn).
  public var displayWidth: Int {
    let v = value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    if DisplayWidthTable.isZeroWidth(v) { return 0 }
    if DisplayWidthTable.isWide(v) { return 2 }
    return 1
  }
}

extension StringProtocol {
  /// The number of terminal columns the text takes.
  public var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}
