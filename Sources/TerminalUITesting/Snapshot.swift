import Foundation
import Testing

/// Compares text with a snapshot file stored beside the test, in `Snapshots/NAME.txt`.
///
/// A missing file, or `RECORD_SNAPSHOTS` set in the environment, records the text
/// and fails the test, so that a new baseline never passes unseen.
public func expectSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent("\(name).txt")
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
  if !record, let expected = try? String(contentsOf: file, encoding: .utf8) {
    if expected != actual {
      let diff = firstDifference(expected, actual)
      Issue.record("Snapshot \(name) differs at line \(diff.line):\n  expected: \(diff.expected)\n  actual:   \(diff.actual)\n(RECORD_SNAPSHOTS=1 swift test records it anew)", sourceLocation: sourceLocation)
    }
    return
  }
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try? actual.write(to: file, atomically: true, encoding: .utf8)
  Issue.record("Recorded snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
}

private func firstDifference(_ a: String, _ b: String) -> (line: Int, expected: String, actual: String) {
  let left = a.components(separatedBy: "\n")
  let right = b.components(separatedBy: "\n")
  for index in 0..<max(left.count, right.count) {
    let l = index < left.count ? left[index] : "<end>"
    let r = index < right.count ? right[index] : "<end>"
    if l != r { return (index + 1, l, r) }
  }
  return (0, "", "")
}
