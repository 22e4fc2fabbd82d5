import Testing
@testable import NewsModel

@Suite struct MarkdownRendererTests {
  @Test func headingsBecomeHeadingBlocksAndInlineMarkupIsNotShown() {
    let source = """
      ---
      outlet: The Harbour Ledger
      ---
      # Ever Given *freed* after six days

      The ship was **refloated** on [Monday](https://example.org/a "x") by _eleven_ tugs,
      the `SCA` said. ![a tug](tug.jpg)

      ## What comes next
      - Traffic resumes
      - 1. not a number list\\*
      """
    let article = MarkdownRenderer.article(id: "m", path: "m.md", source: source)
    #expect(article.outlet == "The Harbour Ledger")
    #expect(article.title == "Ever Given freed after six days")
    #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .heading, .paragraph, .paragraph])
    #expect(article.string(in: article.blocks[1].span) == "The ship was refloated on Monday by eleven tugs, the SCA said.")
    #expect(article.string(in: article.blocks[4].span) == "1. not a number list*")
  }

  @Test func blockSpansAreOffsetsIntoTheRenderedText() {
    let article = MarkdownRenderer.article(id: "m", path: "m.md", source: "Title here\n===\n\nA *b* c.\n")
    #expect(article.text.string == "Title here\n\nA b c.")
    #expect(article.blocks.map { article.string(in: $0.span) } == ["Title here", "A b c."])
  }

  @Test func wordsWithUnderscoresAndLoneStarsStayAsWritten() {
    #expect(MarkdownInline.render("snake_case_name and 5 * 3 and *unclosed") == "snake_case_name and 5 * 3 and *unclosed")
    #expect(MarkdownInline.render("see [the [nested] report][1] and <https://example.org>") == "see the [nested] report and https://example.org")
  }

  @Test func fencedCodeAndRulesAreNotArticleText() {
    let article = MarkdownRenderer.article(id: "m", path: "m.md", source: "One.\n\n```\nlet x = 1\n```\n\n***\n\nTwo.")
    #expect(article.blocks.map { article.string(in: $0.span) } == ["One.", "Two."])
  }
}
