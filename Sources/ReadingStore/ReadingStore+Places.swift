import Foundation
import GRDB
import NewsModel

extension ReadingStore {
  /// The database file under the XDG data folder: `$XDG_DATA_HOME/parallax/reading.sqlite`,
  /// else `~/.local/share/parallax/reading.sqlite`.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    return data + "/parallax/reading.sqlite"
  }

  /// Every stored place, by key (at most `limit`, most recent first).
  public func allPlaces(limit: Int = 100_000) throws -> [String: ReadingPlace] {
    do {
      return try queue.read { db in
        var found: [String: ReadingPlace] = [:]
        let rows = try Row.fetchCursor(
          db, sql: "SELECT key, read, offset FROM place ORDER BY updatedAt DESC LIMIT ?", arguments: [limit])
        while let row = try rows.next() { found[row["key"]] = ReadingPlace(read: row["read"], offset: row["offset"]) }
        return found
      }
    } catch {
      throw ReadingStoreError(path: queue.path, underlying: error)
    }
  }

  /// Stores places, all or none (one transaction).
  public func save(_ places: [String: ReadingPlace], at date: Date = Date()) throws {
    do {
      try queue.write { db in
        for (key, place) in places.sorted(by: { $0.key < $1.key }) {
          try db.execute(
            sql: """
              INSERT INTO place (key, read, offset, updatedAt) VALUES (?, ?, ?, ?)
              ON CONFLICT(key) DO UPDATE SET read = excluded.read, offset = excluded.offset, updatedAt = excluded.updatedAt
              """,
            arguments: [key, place.read, place.offset, date])
        }
      }
    } catch {
      throw ReadingStoreError(path: queue.path, underlying: error)
    }
  }
}
