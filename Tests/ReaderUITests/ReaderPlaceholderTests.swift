import Testing
@testable import ReaderUI
@Suite struct PlaceholderReaderTests { @Test func builds() { #expect(Bool(true)) } }
