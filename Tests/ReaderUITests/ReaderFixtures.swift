import Foundation
import NewsModel
@testable import ReaderUI

/// Test corpora and states.
enum ReaderFixtures {
  /// The package's seeds folder.
  static var seedsPath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("seeds").path
  }

  /// The five seed articles, loaded once.
  static let seeds: Corpus = CorpusLoader.load(paths: [seedsPath]).0

  /// The seeds analysed, once.
  static let seedsAnalysis = Analysis(corpus: seeds)

  /// A reader on the seeds with the analysis arrived.
  static func seedsState(width: Int = 120, height: Int = 40, theme: Theme = .default) -> ReaderState {
    var state = ReaderState(corpus: seeds, width: width, height: height, theme: theme)
    _ = state.update(.analysisReady(seedsAnalysis))
    return state
  }
}

extension ReaderState {
  /// Sends keys typed as a string, one character each.
  mutating func type(_ keys: String) {
    for key in keys { _ = update(.input(.character(key))) }
  }

  /// The screen as plain text.
  var screen: String { ReaderProgram.frame(for: self).plainText }
}
