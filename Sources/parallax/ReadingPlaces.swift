import Foundation
import NewsModel
import ReaderUI
import ReadingStore

/// Where the reader stopped in each article, kept between runs: read before the reader
/// opens, written after it closes. A database that cannot be used is reported in one
/// line, and the reader runs without it.
struct ReadingPlaces {
  /// The open database, or nil when it could not be opened.
  let store: ReadingStore?
  /// The places saved by earlier runs.
  let saved: [String: ReadingPlace]
  /// What went wrong opening or reading the database, in one line, if anything.
  let problem: String?

  /// Opens the database at the default path under the XDG data folder.
  static func open(path: String = ReadingStore.defaultPath()) -> ReadingPlaces {
    do {
      let store = try ReadingStore(path: path)
      do {
        let saved = try store.allPlaces()
        return ReadingPlaces(store: store, saved: saved, problem: nil)
      } catch {
        return ReadingPlaces(store: store, saved: [:], problem: "\(error)")
      }
    } catch {
      return ReadingPlaces(store: nil, saved: [:], problem: "\(error)")
    }
  }

  /// Writes the places of this run, all or none; says in one line on standard error when it cannot.
  func save(_ places: [String: ReadingPlace]) {
    guard let store, !places.isEmpty else { return }
    do {
      try store.save(places)
    } catch {
      StandardError.write("parallax: \(error)")
    }
  }
}
