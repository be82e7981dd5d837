/// The words of dates and times, from `times.tsv`: the one list that ``TimeRecognizer`` reads,
/// both to find a time in a page and to read a relative time's age in seconds.
///
/// Words are stored lowercased (ASCII case folding) as UTF-8.
package struct TimeVocabulary: Hashable, Sendable {
    /// The file the vocabulary is read from, relative to the lexicon folder.
    package static let fileName = "times.tsv"

    /// Month names and abbreviations, with the month's number (`january` and `jan` → 1).
    package var months: [[UInt8]: Int] = [:]
    /// Weekday names and abbreviations (`monday`, `mon`).
    package var weekdays: Set<[UInt8]> = []
    /// Other words inside dates and times (`at`, `on`, `am`, `utc`).
    package var words: Set<[UInt8]> = []
    /// Words that alone make a time without giving an age (`today`, `now`).
    package var anchors: Set<[UInt8]> = []
    /// Units of relative time, in seconds (`minutes` → 60, `h` → 3600).
    package var units: [[UInt8]: Int] = [:]
    /// Words used as numbers in relative times (`an` → 1).
    package var counts: [[UInt8]: Int] = [:]
    /// Words that end a relative time (`ago`).
    package var agoWords: Set<[UInt8]> = []
    /// Whole relative times, their words joined by single spaces, in seconds ago (`yesterday` → 86400).
    package var moments: [[UInt8]: Int] = [:]

    /// An empty vocabulary: no time is recognised.
    package init() {}

    /// Reads `times.tsv` from `bundle`; an empty vocabulary when the bundle has no such file.
    /// - Throws: `LexiconError.malformed` naming the file and line of the first bad line.
    package init(bundle: LexiconBundle) throws(LexiconError) {
        guard let table = try bundle.table(Self.fileName, requiredColumns: 2) else { return }
        for row in table.rows {
            let words = row[0].lowercased().split(separator: " ")
            guard !words.isEmpty else {
                throw .malformed(file: table.file, line: row.line, message: Self.emptyTerm)
            }
            let term = Array(words.joined(separator: " ").utf8)
            func value() throws(LexiconError) -> Int {
                guard let value = Int(row[2]), value >= 0 else {
                    throw .malformed(file: table.file, line: row.line, message: Self.badValue(row[2]))
                }
                return value
            }
            switch row[1] {
            case "month":
                let number = try value()
                guard (1...12).contains(number) else {
                    throw .malformed(file: table.file, line: row.line, message: Self.badMonth(row[2]))
                }
                months[term] = number
            case "weekday": weekdays.insert(term)
            case "word": self.words.insert(term)
            case "anchor": anchors.insert(term)
            case "unit": units[term] = try value()
            case "count": counts[term] = try value()
            case "ago": agoWords.insert(term)
            case "moment": moments[term] = try value()
            default:
                throw .malformed(file: table.file, line: row.line, message: Self.unknownRole(row[1]))
            }
        }
    }

    static func badMonth(_ value: String) -> String {
        "month number '\(value)' is not 1 to 12; write the month's number in the third column"
    }

    static let emptyTerm = "empty term; expected a word or phrase in the first column"
    static func badValue(_ text: String) -> String {
        "value '\(text)' is not a whole number of 0 or more"
    }
    static func unknownRole(_ role: String) -> String {
        "unknown role '\(role)'; expected one of: month, weekday, word, anchor, unit, count, ago, moment"
    }
}
