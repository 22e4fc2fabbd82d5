/// One sentence of an article, inside exactly one block.
public struct Sentence: Hashable, Sendable {
  /// Where the sentence lies in the article's text.
  public var span: TextSpan
  /// The index of the block the sentence belongs to.
  public var blockIndex: Int

  /// Creates a sentence.
  public init(span: TextSpan, blockIndex: Int) {
    self.span = span
    self.blockIndex = blockIndex
  }
}
