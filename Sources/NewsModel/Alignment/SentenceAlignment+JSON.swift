extension SentenceAlignment {
  /// The version of the `compare --json` contract this encoding follows.
  public static let jsonVersion = 1

  /// The alignment as the `compare --json` contract, version 1: each row's
  /// sentences with Unicode-scalar `start`/`end` and `text`, its similarity
  /// rounded to two decimals and its changes as `[start, end]` lists.
  ///
  /// `left` and `right` must be the articles the alignment was made from.
  public func jsonValue(left leftArticle: Article, right rightArticle: Article) -> JSONValue {
    precondition(leftArticle.id == left && rightArticle.id == right, "articles do not match the alignment")
    return .object([
      ("version", .int(Self.jsonVersion)),
      ("left", .string(left)),
      ("right", .string(right)),
      ("rows", .array(rows.map { row in row.jsonValue(left: leftArticle, right: rightArticle) })),
    ])
  }
}

extension AlignedRow {
  /// One row of the `compare --json` contract.
  func jsonValue(left: Article, right: Article) -> JSONValue {
    func sentence(_ index: Int?, of article: Article) -> JSONValue {
      guard let index else { return .null }
      let span = article.sentences[index].span
      return .object([("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(article.string(in: span)))])
    }
    func spans(_ spans: [TextSpan]) -> JSONValue {
      .array(spans.map { .array([.int($0.start), .int($0.end)]) })
    }
    return .object([
      ("left", sentence(self.left, of: left)),
      ("right", sentence(self.right, of: right)),
      ("similarity", .double((similarity * 100).rounded() / 100)),
      ("changes", .object([("left", spans(leftChanges)), ("right", spans(rightChanges))])),
    ])
  }
}
