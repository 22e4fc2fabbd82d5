/// Renders a Markdown article to plain text: `#` headings become heading blocks,
/// list items and quotes paragraphs, and inline markup (emphasis, links, code) is
/// dropped while the words it marks are kept.
///
/// The article's text is the rendered text, so offsets in JSON count into that
/// text (the `text` field of the article in `analyze --json`), not into the file.
enum MarkdownRenderer {
  /// The article a Markdown file holds; front matter (`---` … `---`) gives its metadata.
  static func article(id: String, path: String, source: String) -> Article {
    let (metadata, bodyStart) = FrontMatter.parse(ArticleText(source))
    var document = RenderedDocument()
    document.metadata = metadata
    let body = String(String.UnicodeScalarView(source.unicodeScalars.dropFirst(bodyStart)))
    render(body, into: &document)
    return document.article(id: id, path: path, format: .markdown)
  }

  /// Appends the blocks of a Markdown body to a document.
  static func render(_ body: String, into document: inout RenderedDocument) {
    let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    var paragraph: [String] = []
    var inFence = false
    func flush() {
      if !paragraph.isEmpty { document.append(.paragraph, MarkdownInline.render(paragraph.joined(separator: " "))) }
      paragraph = []
    }
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.trimmed
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush()
        inFence.toggle()
        continue
      }
      if inFence { continue }
      if line.isEmpty || isRule(line) || isReferenceDefinition(line) {
        flush()
        continue
      }
      if let heading = atxHeading(line) {
        flush()
        document.append(.heading, MarkdownInline.render(heading))
        continue
      }
      if isSetextUnderline(line) {
        if paragraph.count == 1 {
          document.append(.heading, MarkdownInline.render(paragraph[0]))
          paragraph = []
        }
        flush()
        continue
      }
      if index + 1 < lines.count, isSetextUnderline(lines[index + 1].trimmed), listItem(line) == nil {
        flush()  // a setext heading's text stands alone
        paragraph = [line]
        continue
      }
      if let item = listItem(line) {
        flush()
        paragraph = [item]
      } else if line.hasPrefix(">") {
        paragraph.append(String(line.drop { $0 == ">" || $0 == " " }))
      } else {
        paragraph.append(line)
      }
    }
    flush()
  }

  /// The text of an ATX heading ("## Title ##"), or nil.
  static func atxHeading(_ line: String) -> String? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var text = rest.trimmed
    while text.hasSuffix("#") { text.removeLast() }
    return text.trimmed
  }

  private static func isSetextUnderline(_ line: String) -> Bool {
    line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
  }

  private static func isRule(_ line: String) -> Bool {
    let marks = line.filter { $0 != " " }
    guard marks.count >= 3, let first = marks.first, "*_".contains(first) || (first == "-" && line.contains(" ")) else { return false }
    return marks.allSatisfy { $0 == first }
  }

  private static func isReferenceDefinition(_ line: String) -> Bool {
    line.hasPrefix("[") && line.contains("]: ")
  }

  /// The text of a list item ("- x", "* x", "+ x", "1. x", "1) x"), or nil.
  static func listItem(_ line: String) -> String? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
      return line.dropFirst(2).trimmed
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
    return rest.dropFirst(2).trimmed
  }
}
