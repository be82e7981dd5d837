/// The words the reply tree reads in posts, from `replytree.tsv`: reply cues and words that refer
/// to a post by number; and, from `times.tsv`, the words of relative times (`8 minutes ago`), the
/// same list page parsing recognises times with.
///
/// Terms are stored lowercased (ASCII case folding); the file's rows name their role.
package struct ReplyTreeVocabulary: Sendable, Equatable {
    /// A word or phrase that, opening a post, shows it answers the post above.
    package struct Cue: Sendable, Equatable {
        /// The cue, lowercased (`no,`).
        package var term: String
        /// The confidence of the edge it gives, in [0, 1].
        package var confidence: Double
        /// Where the cue is defined (`replytree.tsv:14`).
        package var origin: String
    }

    /// The file the vocabulary is read from, relative to the lexicon folder.
    package static let fileName = "replytree.tsv"

    /// Reply cues, longest first so that `i agree` is tried before `i`.
    package var cues: [Cue] = []
    /// Words that, followed by a number, refer to a post (`post`, `comment`).
    package var postWords: Set<String> = []
    /// The words of dates and relative times, from `times.tsv`.
    package var times = TimeVocabulary()

    /// An empty vocabulary: no cues, no relative times.
    package init() {}

    /// Reads `replytree.tsv` and `times.tsv` from `bundle`; an empty part for a file the bundle lacks.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        times = try TimeVocabulary(bundle: bundle)
        guard let table = try bundle.table(Self.fileName, requiredColumns: 3) else { return }
        for row in table.rows {
            let term = row[0].lowercased()
            guard !term.isEmpty else {
                throw .malformed(file: table.file, line: row.line, message: Self.emptyTerm)
            }
            guard let value = Double(row[2]), value.isFinite, value >= 0 else {
                throw .malformed(file: table.file, line: row.line, message: Self.badValue(row[2]))
            }
            switch row[1] {
            case "cue":
                guard value <= 1 else {
                    throw .malformed(file: table.file, line: row.line, message: Self.badConfidence(row[2]))
                }
                cues.append(Cue(term: term, confidence: value, origin: "\(table.file):\(row.line)"))
            case "postword": postWords.insert(term)
            case "unit", "count", "ago", "moment":
                throw .malformed(file: table.file, line: row.line, message: Self.movedToTimes(row[1]))
            default:
                throw .malformed(file: table.file, line: row.line, message: Self.unknownRole(row[1]))
            }
        }
        cues.sort { $0.term.utf8.count > $1.term.utf8.count }
    }

    static let emptyTerm = "empty term; expected a word or phrase in the first column"
    static func badValue(_ text: String) -> String {
        "value '\(text)' is not a number of 0 or more"
    }
    static func badConfidence(_ text: String) -> String {
        "cue confidence '\(text)' is above 1; expected a number from 0 to 1"
    }
    static func unknownRole(_ role: String) -> String {
        "unknown role '\(role)'; expected one of: cue, postword"
    }
    static func movedToTimes(_ role: String) -> String {
        "role '\(role)' has moved: the words of relative times are in \(TimeVocabulary.fileName)"
    }
}
