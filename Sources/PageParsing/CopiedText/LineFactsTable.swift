import Lexicon

/// The `LineFacts` of a page's lines, by line index, stored sparsely: most lines are body text
/// that no rule matches, so each line costs four bytes; a line with a rule match or an attachment
/// keeps a small record, and every line's matches share one array.
struct LineFactsTable: RandomAccessCollection, Sendable {
    /// What a line with matches or an attachment keeps.
    private struct Record: Sendable {
        var firstMatch: Int32
        var matchCount: Int32
        var flags: Int32
        var attachment: String?
    }

    /// Per line: the index of its record, or, for a line without matches or an attachment,
    /// `-1 - flags`, with the flags `timeFlag` and `authorLikeFlag`.
    private var codes: [Int32] = []
    private var records: [Record] = []
    private var matches: [RuleMatch] = []

    private static let timeFlag: Int32 = 1
    private static let authorLikeFlag: Int32 = 2

    /// A table with room for `capacity` lines.
    init(capacity: Int) {
        codes.reserveCapacity(capacity)
    }

    /// Adds the facts of the next line.
    mutating func append(_ facts: LineFacts) {
        let flags = (facts.isTime ? Self.timeFlag : 0) | (facts.isAuthorLike ? Self.authorLikeFlag : 0)
        guard !facts.matches.isEmpty || facts.attachment != nil else {
            codes.append(-1 - flags)
            return
        }
        codes.append(Int32(records.count))
        records.append(
            Record(
                firstMatch: Int32(matches.count), matchCount: Int32(facts.matches.count), flags: flags,
                attachment: facts.attachment))
        matches += facts.matches
    }

    var startIndex: Int { 0 }
    var endIndex: Int { codes.count }

    /// The first match of `kind` on line `position`, as `self[position][kind]` gives it, without
    /// building the line's facts.
    subscript(position: Int, kind: ProfileRule.Kind) -> RuleMatch? {
        let code = codes[position]
        guard code >= 0 else { return nil }
        let record = records[Int(code)]
        let first = Int(record.firstMatch)
        return matches[first..<(first + Int(record.matchCount))].first { $0.kind == kind }
    }

    /// The facts of line `position`.
    subscript(position: Int) -> LineFacts {
        let code = codes[position]
        var facts = LineFacts()
        let flags: Int32
        if code >= 0 {
            let record = records[Int(code)]
            let first = Int(record.firstMatch)
            facts.matches = matches[first..<(first + Int(record.matchCount))]
            facts.attachment = record.attachment
            flags = record.flags
        } else {
            flags = -1 - code
        }
        facts.isTime = flags & Self.timeFlag != 0
        facts.isAuthorLike = flags & Self.authorLikeFlag != 0
        return facts
    }
}
