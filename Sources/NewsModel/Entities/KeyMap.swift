/// A hash table keyed by `NameKey` values, which are hashes already: looked up with one multiply
/// and a linear probe instead of hashing the key again, as `Dictionary` and `Set` do.
struct KeyMap<Value: Sendable>: Sendable {
  /// The keys by slot; 0 marks an empty slot (the key 0 itself lives in `zeroValue`).
  private var keys: [UInt64]
  private var values: [Value?]
  private var zeroValue: Value?
  /// How many keys are stored.
  private(set) var count = 0
  /// log2 of the number of slots.
  private var bits: Int

  /// Creates an empty table.
  init() {
    bits = 4
    keys = Array(repeating: 0, count: 1 << bits)
    values = Array(repeating: nil, count: 1 << bits)
  }

  /// The value stored for a key, if any; setting nil is not supported (nothing is ever removed).
  subscript(key: UInt64) -> Value? {
    get {
      if key == 0 { return zeroValue }
      var slot = home(key)
      let mask = keys.count - 1
      while true {
        let stored = keys[slot]
        if stored == key { return values[slot] }
        if stored == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
    set {
      guard let newValue else { preconditionFailure("KeyMap does not remove keys") }
      if key == 0 {
        if zeroValue == nil { count += 1 }
        zeroValue = newValue
        return
      }
      if (count + 1) * 2 > keys.count { grow() }
      var slot = home(key)
      let mask = keys.count - 1
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      if keys[slot] == 0 { count += 1 }
      keys[slot] = key
      values[slot] = newValue
    }
  }

  /// Every key stored, in no particular order.
  var storedKeys: [UInt64] { (zeroValue == nil ? [] : [0]) + keys.filter { $0 != 0 } }

  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    bits += 1
    keys = Array(repeating: 0, count: 1 << bits)
    values = Array(repeating: nil, count: 1 << bits)
    let mask = keys.count - 1
    for (key, value) in zip(oldKeys, oldValues) where key != 0 {
      var slot = home(key)
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }
}

/// A set of `NameKey` values, on a `KeyMap`.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
  private var map = KeyMap<Bool>()

  /// Creates an empty set.
  init() {}

  /// Creates a set of keys.
  init(_ keys: some Sequence<UInt64>) {
    for key in keys { insert(key) }
  }

  init(arrayLiteral keys: UInt64...) { self.init(keys) }

  /// Whether the set holds a key.
  func contains(_ key: UInt64) -> Bool { map[key] != nil }

  /// Adds a key.
  mutating func insert(_ key: UInt64) { map[key] = true }

  /// The keys of both sets.
  func union(_ other: KeySet) -> KeySet {
    var result = self
    for key in other.map.storedKeys { result.insert(key) }
    return result
  }

  /// The number of keys.
  var count: Int { map.count }
}
