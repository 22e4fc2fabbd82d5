import Foundation
import GRDB
import NewsModel
import Testing
@testable import ReadingStore

@Suite struct ReadingStoreTests {
  /// A fresh folder for one test's database.
  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func placesSavedAreReadBackAndUpdated() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/nested/parallax/reading.sqlite"
    try ReadingStore(path: path).save(["/a.txt#a": ReadingPlace(read: true, offset: 120), "/b.txt#b": ReadingPlace(read: false, offset: 0)])
    let store = try ReadingStore(path: path)
    #expect(try store.allPlaces() == ["/a.txt#a": ReadingPlace(read: true, offset: 120), "/b.txt#b": ReadingPlace(read: false, offset: 0)])
    try store.save(["/a.txt#a": ReadingPlace(read: true, offset: 300)])
    #expect(try store.allPlaces()["/a.txt#a"] == ReadingPlace(read: true, offset: 300))
  }

  @Test func aCorruptFileIsOneLineError() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/reading.sqlite"
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    let error = try #require(throws: ReadingStoreError.self) { try ReadingStore(path: path) }
    #expect(error.description.hasPrefix("reading state in \(path) not available: "))
    #expect(!error.description.contains("\n"))
  }

  @Test func aLockedDatabaseIsReportedAndNothingIsHalfWritten() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let path = root + "/reading.sqlite"
    let store = try ReadingStore(path: path)
    try store.save(["/a.txt#a": ReadingPlace(read: true, offset: 1)])
    let other = try DatabaseQueue(path: path)
    try other.inDatabase { db in
      try db.execute(sql: "BEGIN EXCLUSIVE TRANSACTION")
      let error = #expect(throws: ReadingStoreError.self) {
        try store.save(["/a.txt#a": ReadingPlace(read: true, offset: 2), "/b.txt#b": ReadingPlace(read: true, offset: 3)])
      }
      #expect(error?.description.contains("locked") == true)
      try db.execute(sql: "ROLLBACK")
    }
    #expect(try store.allPlaces() == ["/a.txt#a": ReadingPlace(read: true, offset: 1)])
  }

  @Test func theDatabaseLivesUnderTheXDGDataFolder() {
    #expect(ReadingStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/parallax/reading.sqlite")
    #expect(ReadingStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.local/share/parallax/reading.sqlite")
    #expect(ReadingStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/parallax/reading.sqlite")
  }
}
