import TerminalUI

/// Which keys run which commands; the help screen is generated from it.
public struct KeyMap: Sendable {
  /// One binding: a key sequence (one or two keys) and its command.
  public struct Binding: Sendable, Hashable {
    /// The keys, pressed in order.
    public var keys: [InputEvent]
    /// The command they run.
    public var command: Command
  }

  /// Every binding, in the order the help lists them.
  public let bindings: [Binding]

  /// Creates a key map.
  public init(_ bindings: [Binding]) { self.bindings = bindings }

  /// What a key sequence means: a command, the start of a longer sequence, or nothing.
  public enum Lookup: Equatable, Sendable {
    case command(Command)
    case prefix
    case none
  }

  /// Looks up the keys pressed so far.
  public func lookup(_ keys: [InputEvent]) -> Lookup {
    if let binding = bindings.first(where: { $0.keys == keys }) { return .command(binding.command) }
    if bindings.contains(where: { $0.keys.count > keys.count && Array($0.keys.prefix(keys.count)) == keys }) {
      return .prefix
    }
    return .none
  }

  /// The keys bound to a command, as the help shows them ("j", "↓").
  public func keyNames(for command: Command) -> [String] {
    bindings.filter { $0.command == command }.map { $0.keys.map(KeyMap.name).joined() }
  }

  /// A readable name for a key.
  public static func name(_ event: InputEvent) -> String {
    switch event {
    case .character(" "): "Space"
    case .character(let c):
      if let v = c.unicodeScalars.first?.value, v < 32 { "Ctrl-" + String(UnicodeScalar(v + 64).map(Character.init) ?? "?") } else { String(c) }
    case .key(let key):
      switch key {
      case .up: "↑"
      case .down: "↓"
      case .left: "←"
      case .right: "→"
      case .pageUp: "PgUp"
      case .pageDown: "PgDn"
      case .home: "Home"
      case .end: "End"
      case .enter: "Enter"
      case .escape: "Esc"
      case .tab: "Tab"
      case .backTab: "Shift-Tab"
      case .backspace: "Backspace"
      case .delete: "Del"
      case .function(let n): "F\(n)"
      }
    case .mouse: "mouse"
    case .resize: "resize"
    }
  }
}

extension KeyMap {
  /// The default bindings: vi keys and arrows, less-style search, tig-style help.
  public static let standard = KeyMap(
    [
      (["q"], .quit), (["?"], .help), ([.key(.function(1))], .help), ([.key(.tab)], .focusNext),
      ([.key(.backTab)], .focusPrevious), ([.key(.escape)], .cancel),
      (["j"], .moveDown), ([.key(.down)], .moveDown), (["k"], .moveUp), ([.key(.up)], .moveUp),
      ([.key(.pageDown)], .pageDown), ([" "], .pageDown), (["f"], .pageDown), ([.key(.pageUp)], .pageUp),
      (["b"], .pageUp), (["d"], .halfPageDown), (["u"], .halfPageUp),
      (["g"], .top), ([.key(.home)], .top), (["G"], .bottom), ([.key(.end)], .bottom),
      ([.key(.enter)], .open), (["l"], .open), (["J"], .nextArticle), (["K"], .previousArticle),
      (["e"], .nextEntityOnScreen), (["E"], .previousEntityOnScreen), (["n"], .nextMention),
      (["N"], .previousMention), (["i"], .entityIndex), (["/"], .search),
      (["]", "c"], .nextDiscrepancy), (["[", "c"], .previousDiscrepancy), (["p"], .togglePanel),
      (["c"], .compare), (["s"], .swapSides), (["<"], .pickLeft), ([">"], .pickRight),
      (["]", "d"], .nextDifference), (["[", "d"], .previousDifference), (["z"], .zoomColumn),
    ].map { keys, command in Binding(keys: keys, command: command) })
}
