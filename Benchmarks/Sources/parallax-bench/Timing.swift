import Foundation

/// The best of several timed runs of one piece of work.
struct Timing {
  /// What was timed.
  let name: String
  /// The fastest run, in seconds.
  let best: Double
  /// The median run, in seconds.
  let median: Double

  /// Times `work` `runs` times after one untimed warm-up run.
  static func measure(_ name: String, runs: Int, _ work: () -> Void) -> Timing {
    work()
    var seconds: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      work()
      seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    seconds.sort()
    return Timing(name: name, best: seconds[0], median: seconds[seconds.count / 2])
  }

  /// One line: the name, then best and median in milliseconds.
  var line: String {
    String(format: "%@: best %.3f ms, median %.3f ms", name, best * 1000, median * 1000)
  }
}
