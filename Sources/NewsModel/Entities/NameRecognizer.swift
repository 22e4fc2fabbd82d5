/// Finds names of people, organisations, places, nationalities, weapons and events.
public enum NameRecognizer {
  /// The name mentions of an article, sorted and non-overlapping.
  public static func mentions(in article: Article) -> [Mention] { [] }
}
