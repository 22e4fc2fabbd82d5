/// Calendar dates, days of the week, deictic periods and times of day.
extension FigureScanner {
  /// Month names by their number.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
  ]
  /// Month names that are also common words, recognised only next to a day or a year.
  static let ambiguousMonths: Set<String> = ["march", "may"]
  /// Days of the week.
  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  /// Periods that "this", "last" or "next" make into a resolvable date.
  static let periods: Set<String> = ["week", "month", "year", "weekend"]
  /// Time zones with the offsets from UTC, in minutes, that they may stand for.
  static let zones: [String: ClosedRange<Int>] = [
    "gmt": 0...0, "utc": 0...0, "bst": 60...60, "cet": 60...60, "cest": 120...120, "est": -300...(-300),
    "edt": -240...(-240), "pst": -480...(-480), "pdt": -420...(-420), "et": -300...(-240), "pt": -480...(-420),
  ]
  /// Zone words used before "time" ("UK time", "Pacific time").
  static let zoneNames: [String: ClosedRange<Int>] = [
    "uk": 0...60, "british": 0...60, "london": 0...60, "eastern": -300...(-240), "pacific": -480...(-420),
    "central": -360...(-300), "gmt": 0...0, "utc": 0...0,
  ]

  /// A date that starts with a word: a month, a weekday, or "earlier this year".
  func dateFigure(at i: Int, word first: String) -> Figure? {
    if let month = Self.months[first], isCapitalized(i) { return monthFigure(at: i, month: month, ambiguous: Self.ambiguousMonths.contains(first)) }
    if Self.weekdays.contains(first), isCapitalized(i) {
      return Figure(span: span(i, i), type: .date, value: nil, unit: .date, tokenEnd: i + 1)
    }
    if first == "midnight" || first == "noon" {
      var figure = Figure(span: span(i, i), type: .date, value: first == "noon" ? 720 : 0, unit: .timeOfDay, tokenEnd: i + 1)
      addZone(to: &figure, at: i + 1)
      return figure
    }
    if first == "earlier" || first == "later", ["this", "last"].contains(word(i + 1) ?? ""),
      let period = word(i + 2), Self.periods.contains(period)
    {
      return Figure(span: span(i, i + 2), type: .date, value: nil, unit: .date, tokenEnd: i + 3)
    }
    if ["this", "last", "next"].contains(first), let period = word(i + 1), Self.periods.contains(period) {
      return Figure(span: span(i, i + 1), type: .date, value: nil, unit: .date, tokenEnd: i + 2)
    }
    if first == "the", word(i + 1) == "weekend" {
      return Figure(span: span(i, i + 1), type: .date, value: nil, unit: .date, tokenEnd: i + 2)
    }
    return nil
  }

  /// "January 2025", "February 24, 2022", "November 5", "September".
  func monthFigure(at i: Int, month: Int, ambiguous: Bool) -> Figure? {
    var last = i
    if isNumber(i + 1), tokens[i + 1].span.length <= 2 {
      last = i + 1
      if isPunctuation(i + 2, ","), isYear(i + 3) { last = i + 3 }
    } else if isYear(i + 1) {
      last = i + 1
    } else if ambiguous {
      return nil
    }
    return Figure(span: span(i, last), type: .date, value: nil, unit: .date, tokenEnd: last + 1)
  }

  /// "8 September", "23 March 2021": a day before a month.
  func dayMonthFigure(at i: Int) -> Figure? {
    guard tokens[i].span.length <= 2, let month = word(i + 1), Self.months[month] != nil, isCapitalized(i + 1) else {
      return nil
    }
    let last = isYear(i + 2) ? i + 2 : i + 1
    return Figure(span: span(i, last), type: .date, value: nil, unit: .date, tokenEnd: last + 1)
  }

  /// Whether token `i` is a four-digit year.
  func isYear(_ i: Int) -> Bool {
    guard isNumber(i), tokens[i].span.length == 4, let value = numberValue(i) else { return false }
    return value >= 1800 && value <= 2100
  }

  /// "23:11", "11.11pm", "3 p.m.", "9:09 p.m. Pacific time": a time of day, in minutes after midnight as written.
  func timeFigure(at i: Int) -> Figure? {
    guard let first = numberValue(i) else { return nil }
    var hours = first.rounded(.down)
    var minutes = 0.0
    var j = i + 1
    let hasDot = text.scalars[tokens[i].span.start..<tokens[i].span.end].contains(".")
    if isPunctuation(j, ":"), isNumber(j + 1), !tokens[j].followsSpace, !tokens[j + 1].followsSpace,
      tokens[j + 1].span.length == 2, let m = numberValue(j + 1)
    {
      minutes = m
      j += 2
    } else if hasDot {
      minutes = ((first - hours) * 100).rounded()
    }
    let meridiem = word(j)
    let isMeridiem = meridiem == "am" || meridiem == "pm" || meridiem == "a.m." || meridiem == "p.m."
    guard isMeridiem || j > i + 1 else { return nil }
    if hasDot && !isMeridiem { return nil }
    guard hours < 24, minutes < 60 else { return nil }
    var last = j - 1
    if isMeridiem {
      guard hours >= 1, hours <= 12 else { return nil }
      if meridiem!.hasPrefix("p"), hours < 12 { hours += 12 }
      if meridiem!.hasPrefix("a"), hours == 12 { hours = 0 }
      last = j
    }
    var figure = Figure(span: span(i, last), type: .date, value: hours * 60 + minutes, unit: .timeOfDay, tokenEnd: last + 1)
    addZone(to: &figure, at: last + 1)
    return figure
  }

  /// Reads a time zone after a time ("GMT", "(22:11 GMT)" stays its own figure, "local time", "UK time").
  func addZone(to figure: inout Figure, at j: Int) {
    guard let zone = word(j) else { return }
    if let offsets = Self.zones[zone] {
      figure.utcOffsets = offsets
      figure.zone = text.string(in: tokens[j].span)
    } else if word(j + 1) == "time", zone == "local" || Self.zoneNames[zone] != nil {
      figure.utcOffsets = Self.zoneNames[zone]
      figure.isLocalTime = zone == "local"
      figure.zone = text.string(in: span(j, j + 1))
    }
  }
}
