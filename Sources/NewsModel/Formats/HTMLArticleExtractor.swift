/// Extracts an article from an HTML page: the text of its `<article>` (else `<main>`,
/// else `<body>`), page furniture and link-dense blocks left out, and its metadata
/// from `<title>`, Open Graph and `<time>`.
enum HTMLArticleExtractor {
  /// Elements whose content is never article text.
  static let droppedElements: Set<String> = [
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template", "svg", "iframe",
    "button", "select", "textarea", "figure", "menu", "dialog", "canvas", "object",
  ]
  /// Elements that make a paragraph of their own.
  static let paragraphElements: Set<String> = [
    "p", "li", "blockquote", "dd", "dt", "pre", "td", "th", "caption", "div", "section", "article", "main", "body",
    "tr", "ul", "ol", "dl", "table", "address",
  ]
  static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// The article of a page.
  static func article(id: String, path: String, html: String) -> Article {
    document(html: html).article(id: id, path: path, format: .html)
  }

  /// The rendered blocks and metadata of a page.
  static func document(html: String) -> RenderedDocument {
    let tree = HTMLTree(html: html)
    var document = RenderedDocument()
    document.metadata = HTMLMetadata.read(tree)
    var walker = BlockWalker(tree: tree)
    walker.walk(contentRoot(of: tree))
    for block in walker.blocks { document.append(block.kind, block.text) }
    return document
  }

  /// Text from an HTML fragment (a feed item's content): its blocks, nothing dropped but scripts and styles.
  static func blocks(ofFragment html: String) -> [(kind: TextBlock.Kind, text: String)] {
    var walker = BlockWalker(tree: HTMLTree(html: html))
    walker.walk(0)
    return walker.blocks
  }

  /// The element holding the article: the `<article>` with the most text, `<main>`, `<body>` or the document.
  static func contentRoot(of tree: HTMLTree) -> Int {
    let elements = tree.elements(under: 0)
    let articles = elements.filter { tree.name(of: $0) == "article" }
    if let best = articles.max(by: { tree.text(under: $0).count < tree.text(under: $1).count }) { return best }
    return elements.first { tree.name(of: $0) == "main" } ?? elements.first { tree.name(of: $0) == "body" } ?? 0
  }

  /// Walks the tree and gathers blocks of text, leaving out furniture and link-dense blocks.
  struct BlockWalker {
    let tree: HTMLTree
    private(set) var blocks: [(kind: TextBlock.Kind, text: String)] = []
    private var current = ""
    private var linkedLength = 0

    init(tree: HTMLTree) { self.tree = tree }

    /// Gathers the blocks under a node.
    mutating func walk(_ index: Int) {
      // A stack of (node, leaving): block boundaries are handled on the way in and on the way out.
      var pending: [(Int, Bool)] = [(index, false)]
      var linkDepth = 0
      while let (node, leaving) = pending.popLast() {
        let name = tree.name(of: node)
        if leaving {
          if name == "a" { linkDepth -= 1 }
          if HTMLArticleExtractor.headingElements.contains(name) {
            flush(as: .heading)
          } else if HTMLArticleExtractor.paragraphElements.contains(name) {
            flush(as: .paragraph)
          }
          continue
        }
        if case .text(let text) = tree.nodes[node] {
          current += text
          if linkDepth > 0 { linkedLength += text.count }
          continue
        }
        if name == "script" || name == "style" || name == "title" { continue }
        if name == "header", node != index, tree.name(of: index) == "article" {
          keepHeadings(of: node)  // an article's own header holds its headline
          continue
        }
        if HTMLArticleExtractor.droppedElements.contains(name), node != index { continue }
        if name == "br" { current += " " }
        if HTMLArticleExtractor.headingElements.contains(name) || HTMLArticleExtractor.paragraphElements.contains(name) {
          flush(as: .paragraph)
        }
        if name == "a" { linkDepth += 1 }
        pending.append((node, true))
        for child in tree.children(of: node).reversed() { pending.append((child, false)) }
      }
      flush(as: .paragraph)
    }

    /// Adds the headings under a node as heading blocks, and nothing else of it.
    private mutating func keepHeadings(of node: Int) {
      flush(as: .paragraph)
      for element in tree.elements(under: node) where HTMLArticleExtractor.headingElements.contains(tree.name(of: element)) {
        current = tree.text(under: element)
        flush(as: .heading)
      }
    }

    /// Ends the block being gathered; a block mostly made of link text is boilerplate and dropped.
    private mutating func flush(as kind: TextBlock.Kind) {
      let text = RenderedDocument.collapsingWhitespace(current)
      let total = current.count
      if !text.isEmpty, linkedLength * 2 <= total {
        blocks.append((kind, text))
      }
      current = ""
      linkedLength = 0
    }
  }
}
