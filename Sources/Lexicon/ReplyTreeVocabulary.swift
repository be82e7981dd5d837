/// The words the reply tree reads in posts, from `replytree.tsv`: reply cues, words that refer
/// to a post by number, and the words of relative times (`8 minutes ago`).
///
/// Terms are stored lowercased (ASCII case folding); the file's rows name their role.
public struct ReplyTreeVocabulary: Sendable, Equatable {
    /// A word or phrase that, opening a post, shows it answers the post above.
    public struct Cue: Sendable, Equatable {
        /// The cue, lowercased (`no,`).
        public var term: String
        /// The confidence of the edge it gives, in [0, 1].
        public var confidence: Double
        /// Where the cue is defined (`replytree.tsv:14`).
        public var origin: String
    }

    /// The file the vocabulary is read from, relative to the lexicon folder.
    public static let fileName = "replytree.tsv"

    /// Reply cues, longest first so that `i agree` is tried before `i`.
    public var cues: [Cue] = []
    /// Words that, followed by a number, refer to a post (`post`, `comment`).
    public var postWords: Set<String> = []
    /// Units of relative time, in seconds (`minutes` → 60).
    public var units: [String: Int] = [:]
    /// Words used as numbers in relative times (`an` → 1).
    public var counts: [String: Int] = [:]
    /// Words that end a relative time (`ago`).
    public var agoWords: Set<String> = []
    /// Whole relative times, in seconds ago (`yesterday` → 86400).
    public var moments: [String: Int] = [:]

    /// An empty vocabulary: no cues, no relative times.
    public init() {}

    /// Reads `replytree.tsv` from `bundle`; an empty vocabulary when the bundle has no such file.
    public init(bundle: LexiconBundle) throws(LexiconError) {
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
            case "unit": units[term] = Int(value)
            case "count": counts[term] = Int(value)
            case "ago": agoWords.insert(term)
            case "moment": moments[term] = Int(value)
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
        "unknown role '\(role)'; expected one of: cue, postword, unit, count, ago, moment"
    }
}
