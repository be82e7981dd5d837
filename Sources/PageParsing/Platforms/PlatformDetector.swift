import Lexicon

/// Chooses the platform profile whose visible words a page's lines show most.
enum PlatformDetector {
    /// A forum profile needs at least this score, with one post header, to be chosen.
    static let minimumScore = 2
    /// Only the first lines are read to detect the platform: page chrome and the first posts
    /// show it, and detection then costs the same on a page of any length.
    static let linesRead = 4000

    /// The best forum profile for `lines`, or the article profile when no forum shows.
    ///
    /// A line matching a profile's post header scores 1, a `detect` line scores 2, over the
    /// first `linesRead` lines.
    static func detect(lines: SourceLines, classifiers: [LineClassifier]) -> LineClassifier? {
        var best: (classifier: LineClassifier, score: Int)?
        for classifier in classifiers where !classifier.profile.settings.article {
            var score = 0
            var headers = 0
            for line in lines.indices.prefix(linesRead) {
                switch classifier.detectionKind(lines.key(line)) {
                case .postHeader?:
                    score += 1
                    headers += 1
                case .detect?:
                    score += 2
                default:
                    break
                }
            }
            if headers > 0, score >= minimumScore, score > best?.score ?? 0 {
                best = (classifier, score)
            }
        }
        return best?.classifier ?? classifiers.first { $0.profile.settings.article }
    }

    /// Whether lines classified by the article profile show a news page: a dateline or byline,
    /// a comment section's heading or comment headers, a block of page furniture, or at least
    /// `minimumScore` furniture lines (share widgets, footers). Without any, the page's layout
    /// is unknown.
    static func showsAnArticle(_ facts: LineFactsTable) -> Bool {
        var furniture = 0
        for line in facts {
            for match in line.matches {
                switch match.kind {
                case .dateline, .commentsStart, .postHeader, .commentHeader, .boilerplateBlock: return true
                case .boilerplate:
                    furniture += 1
                    if furniture >= minimumScore { return true }
                default: break
                }
            }
        }
        return false
    }
}
