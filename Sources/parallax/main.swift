import NewsModel
print(CorpusLoader.load(paths: ["seeds"]).0.articles.map(\.title))
