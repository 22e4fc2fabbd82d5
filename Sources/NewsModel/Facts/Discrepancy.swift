/// A fact that outlets state differently.
public struct Discrepancy: Hashable, Sendable, Identifiable {
  /// A stable id ("d1").
  public var id: String
}

/// Finds where the outlets of a corpus disagree.
public enum DiscrepancyFinder {
  /// The discrepancies of a corpus, most severe first.
  public static func discrepancies(in corpus: Corpus, mentions: [[Mention]], entities: [Entity]) -> [Discrepancy] { [] }
}

extension Discrepancy {
  /// The discrepancy as in the JSON contract.
  public var jsonValue: JSONValue { .object([("id", .string(id))]) }
}
