/// How much each reaction approves of a post, from `amplifiers.tsv`: approving reactions on an
/// uncivil post amplify it.
public struct AmplifierLexicon: Sendable, Equatable {
    /// The file the weights are read from, relative to the lexicon folder.
    public static let fileName = "amplifiers.tsv"

    /// The weight of each reaction, by lowercased name.
    public var weights: [String: Double] = [:]

    /// No approving reactions.
    public init() {}

    /// Reads `amplifiers.tsv` from `bundle`; no approving reactions when the bundle has no such file.
    public init(bundle: LexiconBundle) throws(LexiconError) {
        guard let table = try bundle.table(Self.fileName, requiredColumns: 2) else { return }
        for row in table.rows {
            guard !row[0].isEmpty else {
                throw .malformed(file: table.file, line: row.line, message: ReplyTreeVocabulary.emptyTerm)
            }
            guard let weight = Double(row[1]), weight.isFinite, weight >= 0 else {
                throw .malformed(file: table.file, line: row.line, message: ReplyTreeVocabulary.badValue(row[1]))
            }
            weights[row[0].lowercased()] = weight
        }
    }

    /// The weight of one reaction named `name` (0 when not listed).
    public func weight(of name: String) -> Double {
        weights[name.lowercased()] ?? 0
    }
}
