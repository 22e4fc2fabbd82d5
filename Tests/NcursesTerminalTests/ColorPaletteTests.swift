import CNcurses
import TerminalUI
import Testing

@testable import NcursesTerminal

/// Records the pairs a palette asks for and refuses the ones it is told to.
private final class PairRecorder {
  var made: [(pair: Int32, foreground: Int32, background: Int32)] = []
  var refuse: (Int32, Int32) -> Bool = { _, _ in false }

  func palette(colors: Int, pairLimit: Int = 65536, hasDefaultColors: Bool = true) -> ColorPalette {
    ColorPalette(colors: colors, pairLimit: pairLimit, hasDefaultColors: hasDefaultColors) {
      [self] pair, foreground, background in
      if refuse(foreground, background) { return false }
      made.append((pair, foreground, background))
      return true
    }
  }
}

@Suite struct ColorPaletteTests {
  @Test func attributesMapToCursesBits() {
    #expect(ColorPalette.attributes(for: []) == CNC_A_NORMAL)
    #expect(ColorPalette.attributes(for: .bold) == CNC_A_BOLD)
    #expect(
      ColorPalette.attributes(for: [.bold, .dim, .italic, .underline, .reverse])
        == CNC_A_BOLD | CNC_A_DIM | CNC_A_ITALIC | CNC_A_UNDERLINE | CNC_A_REVERSE)
  }

  @Test func pairsAreMadeOnceAndReused() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: 256)
    let yellow = Style(foreground: .yellow)
    #expect(palette.pair(for: yellow) == 1)
    #expect(palette.pair(for: Style(foreground: .black, background: .cyan)) == 2)
    #expect(palette.pair(for: yellow.adding(.bold)) == 1)
    #expect(recorder.made.count == 2)
    #expect(recorder.made[0] == (1, Int32(COLOR_YELLOW), -1))
    #expect(recorder.made[1] == (2, Int32(COLOR_BLACK), Int32(COLOR_CYAN)))
  }

  @Test func defaultColoursNeedNoPair() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: 256)
    #expect(palette.pair(for: .plain) == 0)
    #expect(palette.pair(for: Style(attributes: .reverse)) == 0)
    #expect(recorder.made.isEmpty)
  }

  @Test func indexedColoursDegradeOnEightColourTerminals() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: 8)
    #expect(palette.pair(for: Style(foreground: .indexed(208, fallback: .red))) == 1)
    #expect(recorder.made[0] == (1, Int32(COLOR_RED), -1))

    var full = recorder.palette(colors: 256)
    #expect(full.pair(for: Style(foreground: .indexed(208, fallback: .red))) == 1)
    #expect(recorder.made[1] == (1, 208, -1))
  }

  @Test func noColoursMeansPairZeroButAttributesStay() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: ColorMode.none.usableColors(terminalColors: 256))
    let resolved = palette.resolve(Style(foreground: .red, background: .blue, attributes: .underline))
    #expect(resolved.pair == 0)
    #expect(resolved.attributes == CNC_A_UNDERLINE)
    #expect(recorder.made.isEmpty)
  }

  @Test func refusedPairsFallBackToPairZeroAndAreNotRetried() {
    let recorder = PairRecorder()
    recorder.refuse = { foreground, _ in foreground == Int32(COLOR_MAGENTA) }
    var palette = recorder.palette(colors: 8)
    #expect(palette.pair(for: Style(foreground: .magenta)) == 0)
    #expect(palette.pair(for: Style(foreground: .magenta)) == 0)
    #expect(palette.pair(for: Style(foreground: .green)) == 1)
    #expect(recorder.made.count == 1)
  }

  @Test func runningOutOfPairsFallsBackToPairZero() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: 8, pairLimit: 2)
    #expect(palette.pair(for: Style(foreground: .red)) == 1)
    #expect(palette.pair(for: Style(foreground: .green)) == 0)
  }

  @Test func withoutDefaultColoursDefaultsBecomeWhiteOnBlack() {
    let recorder = PairRecorder()
    var palette = recorder.palette(colors: 8, hasDefaultColors: false)
    #expect(palette.pair(for: .plain) == 0)
    #expect(palette.pair(for: Style(foreground: .red)) == 1)
    #expect(recorder.made[0] == (1, Int32(COLOR_RED), Int32(COLOR_BLACK)))
  }

  @Test func colorModeFollowsNoColor() {
    #expect(ColorMode.fromEnvironment { $0 == "NO_COLOR" ? "1" : nil } == .none)
    #expect(ColorMode.fromEnvironment { $0 == "NO_COLOR" ? "" : nil } == .full)
    #expect(ColorMode.fromEnvironment { _ in nil } == .full)
    #expect(ColorMode.basic8.usableColors(terminalColors: 256) == 8)
    #expect(ColorMode.full.usableColors(terminalColors: 256) == 256)
  }
}
