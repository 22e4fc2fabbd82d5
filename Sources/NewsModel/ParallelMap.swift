import Dispatch

/// Maps independent work over every core, keeping the input's order.
enum ParallelMap {
  /// The results of `transform` on each element, computed in parallel chunks.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let count = elements.count
    guard count > 1 else { return elements.map(transform) }
    let chunks = min(count, max(1, ProcessInfoCores.count * 4))
    let storage = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    storage.initialize(repeating: nil)
    defer {
      _ = storage.deinitialize()  // release the results, or every one of them leaks
      storage.deallocate()
    }
    nonisolated(unsafe) let output = storage
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = chunk * count / chunks
      let end = (chunk + 1) * count / chunks
      for index in start..<end { output[index] = transform(elements[index]) }
    }
    return storage.map { $0! }
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
