/// How much each reaction approves of a post, from the `amplifies` column of `reactions.tsv`:
/// approving reactions on an uncivil post amplify it.
package struct AmplifierLexicon: Sendable, Equatable {
    /// The file the weights are read from, relative to the lexicon folder.
    package static let fileName = "reactions.tsv"

    /// The weight of each reaction, by lowercased name.
    package var weights: [String: Double] = [:]

    /// No approving reactions.
    package init() {}

    /// Reads `reactions.tsv` from `bundle`; no approving reactions when the bundle has no such file.
    /// A reaction without an `amplifies` value counts 1 when its valence is positive, else 0.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        guard let table = try bundle.table(Self.fileName, requiredColumns: 1) else { return }
        let valenceColumn = table.column(named: "valence") ?? 1
        let weightColumn = table.column(named: "amplifies") ?? 2
        for row in table.rows {
            guard !row[0].isEmpty else {
                throw .malformed(file: table.file, line: row.line, message: ReplyTreeVocabulary.emptyTerm)
            }
            let given = row[weightColumn]
            if given.isEmpty {
                weights[row[0].lowercased()] = row[valenceColumn] == "positive" ? 1 : 0
                continue
            }
            guard let weight = Double(given), weight.isFinite, weight >= 0 else {
                throw .malformed(file: table.file, line: row.line, message: ReplyTreeVocabulary.badValue(given))
            }
            weights[row[0].lowercased()] = weight
        }
    }

    /// The weight of one reaction named `name` (0 when not listed).
    package func weight(of name: String) -> Double {
        weights[name.lowercased()] ?? 0
    }
}
