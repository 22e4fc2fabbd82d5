import Foundation
import Testing

/// The non-interactive commands, run as a script would run them.
@Suite struct CommandLineTests {
  /// Runs the built executable in the package root; returns its exit status and output.
  func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Parallax.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: Parallax.packageRoot)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }

  @Test func analyzePrintsTheContractWithSpansThatMatchTheText() throws {
    let result = try run(["analyze", "--json"])
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["version"] as? Int == 1)
    let articles = try #require(json["articles"] as? [[String: Any]])
    #expect(articles.count == 5)
    for article in articles {
      let path = try #require(article["path"] as? String)
      let text = Array(try String(contentsOfFile: Parallax.packageRoot + "/" + path, encoding: .utf8).unicodeScalars)
      for mention in try #require(article["mentions"] as? [[String: Any]]) {
        let start = try #require(mention["start"] as? Int)
        let end = try #require(mention["end"] as? Int)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[start..<end])
        #expect(String(view) == mention["text"] as? String)
      }
    }
    #expect((json["entities"] as? [Any])?.isEmpty == false)
    #expect((json["discrepancies"] as? [Any])?.isEmpty == false)
  }

  @Test func compareListsEverySentenceOfBothArticlesOnce() throws {
    let result = try run(["compare", "--json", "000_b138f2c1eb8ae948", "003_7681b8d6990aa4b0"])
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let rows = try #require(json["rows"] as? [[String: Any]])
    let lefts = rows.compactMap { ($0["left"] as? [String: Any])?["start"] as? Int }
    let rights = rows.compactMap { ($0["right"] as? [String: Any])?["start"] as? Int }
    #expect(Set(lefts).count == lefts.count)
    #expect(Set(rights).count == rights.count)
    #expect(lefts == lefts.sorted())
  }

  @Test func reportQuotesEachOutletsWords() throws {
    let result = try run(["report"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Discrepancies"))
    #expect(result.stdout.contains("“"))
  }

  @Test func aMissingFileIsOneLineOnStandardErrorAndTheRestLoads() throws {
    let result = try run(["analyze", "--json", "seeds", "no-such-file.txt"])
    #expect(result.status == 0)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("no-such-file.txt"))
  }

  @Test func nothingToLoadIsARuntimeErrorAndABadOptionAUsageError() throws {
    #expect(try run(["analyze", "--json", "no-such-folder"]).status == 1)
    #expect(try run(["analyze", "--no-such-option"]).status == 2)
  }

  @Test func versionAndHelp() throws {
    #expect(try run(["--version"]).stdout.contains("0.1.0"))
    #expect(try run(["--help"]).stdout.contains("analyze"))
  }
}
