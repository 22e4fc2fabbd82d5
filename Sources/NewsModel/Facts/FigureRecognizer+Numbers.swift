/// Numbers in digits and in words, and the units, scales and hyphen compounds after them.
extension FigureScanner {
  /// Scale words that multiply the number before them.
  static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]
  /// Scale abbreviations written right after a sum of money ("$9.6bn", "£5m").
  static let moneyScales: [String: Double] = ["k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12]
  /// Numbers written as words.
  static let numberWords: [String: Double] = {
    let ones = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    var result: [String: Double] = [:]
    for (index, word) in ones.enumerated() { result[word] = Double(index + 1) }
    for (index, word) in tens.enumerated() { result[word] = Double((index + 2) * 10) }
    return result
  }()
  /// Plural scale words used alone as vague counts ("thousands of troops").
  static let vagueCounts: Set<String> = ["dozens", "hundreds", "thousands", "millions", "billions", "scores"]

  /// A figure starting with a number in digits.
  func numberFigure(at i: Int) -> Figure? {
    if isDesignation(i) { return nil }
    if let time = timeFigure(at: i) { return time }
    if let date = dayMonthFigure(at: i) { return date }
    guard let value = numberValue(i) else { return nil }
    var j = i + 1
    if let suffix = word(j), !tokens[j].followsSpace, ["st", "nd", "rd", "th"].contains(suffix) {
      guard let unit = word(j + 1).flatMap({ UnitLexicon.durations[$0] }) else { return nil }
      return Figure(span: span(i, j + 1), type: .date, value: value, unit: unit, tokenEnd: j + 2)
    }
    var scale = 1.0
    if let s = word(j).flatMap({ Self.scales[$0] }) {
      scale = s
      j += 1
    }
    if let range = rangeFigure(start: i, low: value * scale, next: j) { return range }
    let isYearLike = scale == 1 && value >= 1800 && value <= 2100 && value == value.rounded()
      && tokens[i].span.length == 4
    return tail(start: i, next: j, value: value * scale, upper: nil, isYearLike: isYearLike)
  }

  /// Whether a number is part of a name ("F-16", "G20", "COVID-19") rather than a figure.
  func isDesignation(_ i: Int) -> Bool {
    guard i > 0, !tokens[i].followsSpace else { return false }
    if tokens[i - 1].kind == .word { return true }
    return i > 1 && isJoiningHyphen(i - 1) && tokens[i - 2].kind == .word
  }

  /// "48 to 72 hours": two numbers sharing one measure unit after the second.
  func rangeFigure(start i: Int, low: Double, next j: Int) -> Figure? {
    guard word(j) == "to" || isPunctuation(j, "–"), isNumber(j + 1), let high = numberValue(j + 1) else { return nil }
    guard var figure = tail(start: i, next: j + 2, value: low, upper: high, isYearLike: false),
      figure.unit.unitClass != .count, figure.unit.unitClass != .date
    else { return nil }
    figure.bound = .range
    return figure
  }

  /// A sum of money: a currency sign, a number and an optional scale ("$56 billion", "£5m").
  func moneyFigure(at i: Int) -> Figure? {
    guard let unit = UnitLexicon.currencySigns[text.scalars[tokens[i].span.start]], isNumber(i + 1),
      !tokens[i + 1].followsSpace, var value = numberValue(i + 1)
    else { return nil }
    var j = i + 2
    if let scale = word(j).flatMap({ Self.scales[$0] }) {
      value *= scale
      j += 1
    } else if let scale = word(j).flatMap({ Self.moneyScales[$0] }), !tokens[j].followsSpace {
      value *= scale
      j += 1
    }
    return Figure(span: span(i, j - 1), type: .money, value: value, unit: unit, tokenEnd: j)
  }

  /// A figure starting with a number in words ("two months", "a dozen", "thousands").
  func wordNumberFigure(at i: Int, word first: String) -> Figure? {
    if Self.vagueCounts.contains(first) {
      var end = i
      if word(i + 1) == "of", let next = word(i + 2), Self.vagueCounts.contains(next) { end = i + 2 }
      return Figure(span: span(i, end), type: .quantity, value: nil, unit: .count, tokenEnd: end + 1)
    }
    if first == "tens" || first == "hundreds", word(i + 1) == "of", word(i + 2) == "thousands" {
      return Figure(span: span(i, i + 2), type: .quantity, value: nil, unit: .count, tokenEnd: i + 3)
    }
    var value: Double
    var j = i + 1
    if (first == "a" || first == "an") && word(i + 1) == "dozen" {
      value = 12
      j = i + 2
    } else if first == "dozen" {
      value = 12
    } else if let n = Self.numberWords[first] {
      value = n
      if isJoiningHyphen(j), let ones = word(j + 1).flatMap({ Self.numberWords[$0] }), n >= 20, ones < 10 {
        value += ones
        j += 2
      }
    } else {
      return nil
    }
    if word(j) == "hundred" {
      value *= 100
      j += 1
    }
    if let scale = word(j).flatMap({ Self.scales[$0] }) {
      value *= scale
      j += 1
    }
    guard let figure = tail(start: i, next: j, value: value, upper: nil, isYearLike: false) else { return nil }
    if first == "one", figure.unit.unitClass == .count, j == i + 1 { return nil }
    return figure
  }

  /// The unit after a number ending before token `j`, and the figure it makes.
  func tail(start i: Int, next j: Int, value: Double, upper: Double?, isYearLike: Bool) -> Figure? {
    func figure(_ type: EntityType, _ unit: FigureUnit, through last: Int) -> Figure {
      Figure(span: span(i, last), type: type, value: value, upper: upper, unit: unit, tokenEnd: last + 1)
    }
    if isPunctuation(j, "%") { return figure(.quantity, .percent, through: j) }
    guard let next = word(j) else {
      if isJoiningHyphen(j), let compound = hyphenCompound(start: i, hyphen: j, value: value) { return compound }
      return isYearLike
        ? figure(.date, .date, through: j - 1)
        : figure(.quantity, isAfterMagnitude(i) ? .magnitude : .count, through: j - 1)
    }
    if next == "percent" { return figure(.quantity, .percent, through: j) }
    if next == "per", word(j + 1) == "cent" { return figure(.quantity, .percent, through: j + 1) }
    if let unit = UnitLexicon.durations[next] { return figure(.date, unit, through: j) }
    if let unit = UnitLexicon.pairs[next]?[word(j + 1) ?? ""] { return figure(.quantity, unit, through: j + 1) }
    if next == "km", isPunctuation(j + 1, "/"), word(j + 2) == "h" {
      return figure(.quantity, FigureUnit(name: "km/h", unitClass: .speed), through: j + 2)
    }
    if let unit = UnitLexicon.words[next], next != "m" || !tokens[j].followsSpace {
      return figure(.quantity, unit, through: j)
    }
    if let unit = UnitLexicon.currencyWords[next] { return figure(.money, unit, through: j) }
    if isYearLike { return figure(.date, .date, through: j - 1) }
    return figure(.quantity, isAfterMagnitude(i) ? .magnitude : .count, through: j - 1)
  }

  /// Whether a number follows "magnitude" or "magnitude of".
  func isAfterMagnitude(_ i: Int) -> Bool {
    word(i - 1) == "magnitude" || (word(i - 1) == "of" && word(i - 2) == "magnitude")
  }

  /// "1,000-day-long", "400-metre", "6.8-magnitude": a number joined to its unit by a hyphen.
  func hyphenCompound(start i: Int, hyphen j: Int, value: Double) -> Figure? {
    guard let unitWord = word(j + 1) else { return nil }
    var last = j + 1
    if isJoiningHyphen(last + 1), let adjective = word(last + 2), ["long", "old"].contains(adjective) {
      last += 2
    }
    if let unit = UnitLexicon.durations[unitWord] {
      return Figure(span: span(i, last), type: .date, value: value, unit: unit, tokenEnd: last + 1)
    }
    if let unit = UnitLexicon.words[unitWord] {
      return Figure(span: span(i, j + 1), type: .quantity, value: value, unit: unit, tokenEnd: j + 2)
    }
    return nil
  }
}
