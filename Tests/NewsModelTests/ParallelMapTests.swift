import Synchronization
import Testing
@testable import NewsModel

/// The parallel map keeps the order and hands its results over without keeping a copy.
@Suite struct ParallelMapTests {
  /// Counts the instances alive.
  final class Tracked: Sendable {
    static let alive = Atomic<Int>(0)
    let value: Int
    init(_ value: Int) {
      self.value = value
      Self.alive.add(1, ordering: .relaxed)
    }
    deinit { Self.alive.subtract(1, ordering: .relaxed) }
  }

  @Test func resultsKeepTheInputOrderAndAreReleasedAfterUse() {
    let before = Tracked.alive.load(ordering: .relaxed)
    do {
      let results = ParallelMap.map(Array(0..<100)) { Tracked($0 * 2) }
      #expect(results.map(\.value) == (0..<100).map { $0 * 2 })
    }
    #expect(Tracked.alive.load(ordering: .relaxed) == before)
  }
}
