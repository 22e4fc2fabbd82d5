import Dispatch

/// Maps independent work over every core, keeping the input's order.
enum ParallelMap {
  /// The results of `transform` on each element, computed in parallel chunks.
  ///
  /// Each result is written once, straight into the returned array's storage: no optional
  /// wrapper and no second copy, so the results are uniquely referenced (later mutation of a
  /// result does not copy it).
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let count = elements.count
    guard count > 1 else { return elements.map(transform) }
    let chunks = min(count, max(1, ProcessInfoCores.count * 4))
    return [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      nonisolated(unsafe) let output = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = chunk * count / chunks
        let end = (chunk + 1) * count / chunks
        for index in start..<end { (output + index).initialize(to: transform(elements[index])) }
      }
      initializedCount = count
    }
  }
}

/// The number of cores to use.
enum ProcessInfoCores {
  /// Active processors, at least 1.
  static let count: Int = {
    #if canImport(Glibc)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return 2
    #endif
  }()
}

#if canImport(Glibc)
  import Glibc
#endif
