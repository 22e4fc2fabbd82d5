/// Links name mentions across articles into entities.
public enum EntityLinker {
  /// Sets `entityID` on every name mention and returns the entities, ids stable for the same input.
  public static func link(_ mentions: inout [[Mention]], in corpus: Corpus) -> [Entity] { [] }
}
