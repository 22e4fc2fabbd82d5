/// Joining a lone surname ("Biden") to the full name it stands for ("Joe Biden").
extension EntityLinker {
  /// Joins each one-word person spelling to the full names ending in it (or one edit from it,
  /// for long names), but only when those full names are all one person.
  static func joinSurnames(_ spellings: [Spelling], _ groups: inout UnionFind) {
    let people = spellings.indices.filter { spellings[$0].type == .person }
    let fullNames = people.filter { spellings[$0].words.count >= 2 }
    for index in people where spellings[index].words.count == 1 {
      let surname = spellings[index].words[0]
      var roots = Set(fullNames.filter { spellings[$0].words.last == surname }.map { groups.find($0) })
      if roots.isEmpty, surname.count >= 5 {
        let scalars = Array(surname.unicodeScalars)
        roots = Set(
          fullNames.filter { other in
            guard let last = spellings[other].words.last, last.count >= 5, last.first == surname.first else { return false }
            return editDistance(scalars, Array(last.unicodeScalars), limit: 1) <= 1
          }.map { groups.find($0) })
      }
      if roots.isEmpty {
        roots = Set(fullNames.filter { isGivenName(surname, of: spellings[$0], sharingAnArticleWith: spellings[index]) }
          .map { groups.find($0) })
      }
      if roots.count == 1, let root = roots.first { groups.union(root, index) }
    }
  }

  /// Joins a one-word organisation to the one longer name of the same article it starts
  /// ("Delta", "Delta Air Lines").
  static func joinShortOrganizationNames(_ spellings: [Spelling], _ groups: inout UnionFind) {
    let organizations = spellings.indices.filter { spellings[$0].type == .organization && spellings[$0].listedEntry == nil }
    let longNames = organizations.filter { spellings[$0].words.count >= 2 }
    for index in organizations where spellings[index].words.count == 1 {
      let word = spellings[index].words[0]
      let roots = Set(
        longNames.filter { isGivenName(word, of: spellings[$0], sharingAnArticleWith: spellings[index]) }
          .map { groups.find($0) })
      if roots.count == 1, let root = roots.first { groups.union(root, index) }
    }
  }

  /// Whether a lone word is the first word of a longer name used in the same article ("Anwen", "Anwen Pryce").
  private static func isGivenName(_ word: String, of fullName: Spelling, sharingAnArticleWith single: Spelling) -> Bool {
    guard fullName.words.first == word else { return false }
    let articles = Set(fullName.occurrences.map(\.article))
    return single.occurrences.contains { articles.contains($0.article) }
  }
}
