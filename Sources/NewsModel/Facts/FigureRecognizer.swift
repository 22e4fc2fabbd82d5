/// Finds dates, counts, measures and sums of money.
public enum FigureRecognizer {
  /// The figure mentions (DATE, QUANTITY, MONEY) of an article, sorted and non-overlapping.
  public static func mentions(in article: Article) -> [Mention] { [] }
}
