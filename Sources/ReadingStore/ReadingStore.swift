import Foundation
import GRDB

/// Where the reader stopped in each article, and whether it was read, kept in a small
/// SQLite database between runs.
public final class ReadingStore: Sendable {
  let queue: DatabaseQueue

  /// Opens (creating if needed) the database at `path`; throws a `ReadingStoreError` when it cannot.
  public init(path: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      var configuration = Configuration()
      configuration.busyMode = .timeout(0.5)
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try Self.migrator.migrate(queue)
    } catch {
      throw ReadingStoreError(path: path, underlying: error)
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "place") { table in
        table.primaryKey("key", .text)
        table.column("read", .boolean).notNull()
        table.column("offset", .integer).notNull()
        table.column("updatedAt", .datetime).notNull()
      }
    }
    return migrator
  }
}
