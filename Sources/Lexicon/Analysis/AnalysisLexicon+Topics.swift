extension AnalysisLexicon {
    /// The folder of the topic lexicons in a bundle.
    static let topicFolder = "topics/"

    /// Reads every `topics/<topic>.tsv` of `bundle` (columns `term`, `kind`, `weight`), in path
    /// order, reporting every malformed line and every topic without a `name` entry.
    static func readTopics(_ bundle: LexiconBundle, problems: inout [LexiconError]) -> [TopicLexicon] {
        let reader = LexiconRowReader(name: "topics", columns: ["term", "kind", "weight"], requiredFields: 2)
        var topics: [TopicLexicon] = []
        for file in bundle.files(under: topicFolder) where file.path.hasSuffix(".tsv") {
            let entries = reader.read([file], problems: &problems) { row, origin throws(LexiconRowReader.RowError) in
                let term = try LexiconRowReader.term(row[0])
                let kind: TopicEntry.Kind = try LexiconRowReader.kind(row[1], column: "kind")
                let weight: Double
                switch kind {
                case .name, .opposite:
                    guard row[2].isEmpty else {
                        throw .init(message: "a \(kind.rawValue) entry takes no weight; found '\(row[2])'")
                    }
                    weight = kind == .name ? 1 : -1
                case .side, .related, .cue, .evaluative:
                    weight = try LexiconRowReader.number(
                        row[2], column: "weight", expected: "a number in [-1, 1], not 0 (positive: for the target)"
                    ) { $0 >= -1 && $0 <= 1 && $0 != 0 }
                }
                return TopicEntry(term: term, kind: kind, weight: weight, origin: origin)
            }
            let name = String(file.path.dropFirst(topicFolder.count).dropLast(".tsv".count))
            if !entries.contains(where: { $0.kind == .name }) {
                problems.append(
                    .malformed(
                        file: file.origin, line: LexiconRowReader.headerLine(of: file.text),
                        message: "topic '\(name)' has no name entry: a thread target can never resolve to it"))
            }
            topics.append(TopicLexicon(name: name, origin: file.origin, entries: entries))
        }
        return topics
    }
}
