import Synchronization

/// A thread-safe mailbox: background work posts messages, the loop drains them.
public final class Inbox<Element: Sendable>: Sendable {
  private let items = Mutex<[Element]>([])

  /// Creates an empty inbox.
  public init() {}

  /// Posts a message from any thread.
  public func post(_ item: Element) { items.withLock { $0.append(item) } }

  /// Whether nothing is waiting.
  public var isEmpty: Bool { items.withLock { $0.isEmpty } }

  /// Takes every message posted so far.
  public func drain() -> [Element] { items.withLock { items in defer { items = [] }; return items } }
}
