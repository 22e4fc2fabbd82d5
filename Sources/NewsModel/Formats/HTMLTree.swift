/// A tolerant tree of HTML elements built from tokens: void elements never open,
/// a new block closes an open paragraph, a stray end tag is ignored, and whatever
/// is still open at the end is closed there.
struct HTMLTree {
  /// One node: an element, or a run of text.
  enum Node {
    case element(name: String, attributes: [String: String])
    case text(String)
  }

  /// Every node; the document's root is node 0.
  private(set) var nodes: [Node] = [.element(name: "#document", attributes: [:])]
  /// The children of each node, by index.
  private var childLists: [[Int]] = [[]]

  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
  ]

  /// Elements that close an open `<p>` when they start.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li",
  ]

  /// Builds the tree of a document.
  init(html: String) {
    var stack = [0]
    for token in HTMLTokenizer.tokens(html) {
      switch token {
      case .startTag(let name, let attributes, let selfClosing):
        if Self.blockElements.contains(name), let open = stack.lastIndex(where: { self.name(of: $0) == "p" }),
          !stack[open...].contains(where: { ["td", "th", "li", "blockquote"].contains(self.name(of: $0)) })
        {
          stack.removeSubrange(open...)
        }
        if name == "li", let open = stack.lastIndex(where: { self.name(of: $0) == "li" }),
          !stack[(open + 1)...].contains(where: { ["ul", "ol"].contains(self.name(of: $0)) })
        {
          stack.removeSubrange(open...)
        }
        let index = add(.element(name: name, attributes: attributes), to: stack.last!)
        if !selfClosing, !Self.voidElements.contains(name) { stack.append(index) }
      case .endTag(let name):
        if let open = stack.lastIndex(where: { self.name(of: $0) == name }), open > 0 { stack.removeSubrange(open...) }
      case .text(let text):
        add(.text(text), to: stack.last!)
      case .comment:
        break
      }
    }
  }

  /// The element name of a node ("" for text).
  func name(of index: Int) -> String {
    if case .element(let name, _) = nodes[index] { return name }
    return ""
  }

  /// The attributes of an element ([:] for text).
  func attributes(of index: Int) -> [String: String] {
    if case .element(_, let attributes) = nodes[index] { return attributes }
    return [:]
  }

  /// The children of an element ([] for text).
  func children(of index: Int) -> [Int] { childLists[index] }

  /// Every element under a node (itself included), in document order.
  func elements(under index: Int) -> [Int] {
    var result: [Int] = []
    var pending = [index]
    while let next = pending.popLast() {
      guard case .element = nodes[next] else { continue }
      result.append(next)
      pending.append(contentsOf: childLists[next].reversed())
    }
    return result
  }

  /// All text under a node, joined.
  func text(under index: Int) -> String {
    var result = ""
    var pending = [index]
    while let next = pending.popLast() {
      if case .text(let text) = nodes[next] { result += text }
      pending.append(contentsOf: childLists[next].reversed())
    }
    return result
  }

  @discardableResult
  private mutating func add(_ node: Node, to parent: Int) -> Int {
    nodes.append(node)
    childLists.append([])
    childLists[parent].append(nodes.count - 1)
    return nodes.count - 1
  }
}
