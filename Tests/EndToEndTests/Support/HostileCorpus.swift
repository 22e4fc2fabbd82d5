import Foundation
import Glibc

/// A folder of hostile article files, made fresh for a test and removed after it.
///
/// - `a-escapes.txt`: an OSC title set (BEL- and ST-terminated), CSI clears and colours, 8-bit
///   C1 controls, a bidi override and a tab, around a story the reader must still show;
/// - `b-good.txt`: the first seed article; `c-invalid.txt`: invalid UTF-8 in a story;
/// - `d-binary.txt`: bytes with NULs; `e-empty.txt`: nothing; `f-big.txt`: over 1 MB of
///   paragraphs; `g-secret.txt`: mode 000.
final class HostileCorpus {
  /// The folder.
  let path: String

  /// The title an article tries to give the terminal.
  static let injectedTitle = "PWNED"

  /// The title line of the escapes article as the reader shows it (escapes neutralised).
  static let escapesTitle = "Kyiv\u{FFFD}]0;PWNED\u{FFFD} says"

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hostile-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let escapes = """
      Kyiv\u{1B}]0;\(Self.injectedTitle)\u{07} says 12,000 troops moved\u{1B}]2;\(Self.injectedTitle)\u{1B}\\

      The Ukrainian army said\u{1B}[2J\u{1B}[H 12,000 North Korean troops\tcrossed into Kursk on Monday, \
      \u{1B}[31mVladimir Putin\u{1B}[0m said. \u{9B}2J\u{9D}0;\(Self.injectedTitle)\u{9C} \u{202E}desrever\u{202C} text.

      """
    try write(Array(escapes.utf8), "a-escapes.txt")
    let seed = Parallax.packageRoot + "/seeds/000_b138f2c1eb8ae948.txt"
    let seedText = try Array(Data(contentsOf: URL(fileURLWithPath: seed)))
    try write(seedText, "b-good.txt")
    try write(Array("Bad bytes ".utf8) + [0xC3, 0x28, 0xFF] + Array(" here: Russia said 9,000 troops moved to Kursk.\n".utf8), "c-invalid.txt")
    try write([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array(repeating: 0, count: 64), "d-binary.txt")
    try write([], "e-empty.txt")
    var big: [UInt8] = []
    while big.count < 1_100_000 { big += seedText + Array("\n\n".utf8) }
    try write(big, "f-big.txt")
    try write(Array("A secret nobody may read.\n".utf8), "g-secret.txt")
    chmod(path + "/g-secret.txt", 0)
  }

  deinit {
    chmod(path + "/g-secret.txt", 0o600)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Every file's checksum, size and modification time, to show that nothing was written to.
  ///
  /// Read by `sha256sum` and `stat`: `FileManager.contents(atPath:)` leaks a buffer for each
  /// empty file, which the address-sanitizer run would report.
  func contents() throws -> String {
    try Subprocess.run(["bash", "-c", "cd '\(path)' && sha256sum -- * && stat -c '%n %s %Y' -- *"]).output
  }

  /// The command prefix that makes the mode-000 file unreadable: as root, the capabilities
  /// that bypass file modes are dropped; any other user cannot read it anyway.
  static var withoutFileModeOverride: String {
    geteuid() == 0
      ? "setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search"
      : ""
  }

  private func write(_ bytes: [UInt8], _ name: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
  }
}
