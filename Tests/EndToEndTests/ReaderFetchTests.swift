import Testing

extension EndToEndTests {
  /// `parallax URL`: the reader opens on a feed served from 127.0.0.1 by the test itself.
  @Suite struct ReaderFetchTests {
    @Test func theReaderOpensOnAFeedAddressWithTheFeedsTitleAsOutlet() async throws {
      let server = try LoopbackHTTPServer(routes: ["/wire.xml": .init(contentType: "application/rss+xml", body: FetchTests.feed)])
      let session = try TmuxSession.inPackageRoot()
      try session.startParallax(arguments: server.url("/wire.xml"))
      try await session.waitForScreen(containing: "Loopback Wire — ")
      try await session.waitForScreen(containing: "Canal reopens")
      try session.press("q")
      #expect(try await session.exitStatus() == 0)
    }
  }
}
