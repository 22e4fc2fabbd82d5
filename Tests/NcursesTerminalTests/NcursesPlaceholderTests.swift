import Testing
@testable import NcursesTerminal
@Suite struct PlaceholderNcursesTests { @Test func builds() { #expect(Bool(true)) } }
