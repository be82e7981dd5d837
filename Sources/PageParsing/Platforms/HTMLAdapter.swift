import Lexicon

/// One platform's DOM adapter, loaded from `Lexicons/platforms/<name>/html.tsv` and compiled once:
/// rows `role <TAB> selector [<TAB> take [<TAB> pattern]]` (see ``AdapterRole``, ``AdapterTake`` and
/// ``AdapterPattern``).
///
/// Recognition: the page must match every `require` row, one of the `post` rows, and `detect`
/// rows whose weights (third column, default 1) add up to at least ``minimumScore``; the adapter
/// with the highest score wins.
package struct HTMLAdapter: Sendable {
    /// One compiled row.
    package struct Rule: Sendable {
        /// The row's role.
        package var role: AdapterRole
        /// The compiled selector.
        package var selector: CSSSelector
        /// The selector as written.
        package var source: String
        /// What the row reads.
        package var take: AdapterTake
        /// The part of the value the row keeps (the fourth column), if it names one.
        package var pattern: AdapterPattern?
        /// A `detect` row's weight.
        package var weight: Double
        /// A `boilerplate` row's name.
        package var name: String
        /// `file:line` of the row.
        package var origin: String
    }

    /// The detect score a page needs.
    package static let minimumScore = 2.0

    /// The platform's name (the folder's name).
    package var name: String
    /// The rows, in file order.
    package private(set) var rules: [Rule]
    /// The selectors of the rows that find a post's parts (every row but `detect` and `require`),
    /// compiled together so that a page is walked once for all of them.
    package private(set) var parts = SelectorSet([])
    /// The index in ``rules`` of each selector of ``parts``.
    package private(set) var partRows: [Int] = []
    /// `setting roots first-post`: posts whose parent the markup does not give reply to the first post.
    package var rootsReplyToFirstPost = false

    /// Messages, named once so tests and docs quote the same text.
    package enum Message {
        /// A first column that names no role.
        package static func unknownRole(_ role: String) -> String {
            "unknown role '\(role)'; expected one of: \(AdapterRole.allCases.map(\.rawValue).joined(separator: ", "))"
        }
        /// A `detect` weight that is not a positive number.
        package static func badWeight(_ text: String) -> String {
            "detect weight '\(text)' is not a positive number"
        }
        /// An unknown setting.
        package static func unknownSetting(_ text: String) -> String {
            "unknown setting '\(text)'; expected 'roots first-post'"
        }
        /// A pattern on a row that reads no value.
        package static func patternNotAllowed(_ role: AdapterRole) -> String {
            "a '\(role.rawValue)' row takes no pattern: only rows that read a value (author, time, quote-author…) do"
        }
        /// A file without a `post` row.
        package static let noPostRow = "no 'post' row: an adapter needs a selector for its posts"
    }

    /// Compiles `text`, the contents of the adapter of `name` read from `file`.
    /// - Throws: `LexiconError.malformed` at the first bad row: an unknown role, a bad take or
    ///   weight, or a malformed selector (the message gives the selector's column).
    package init(name: String, file: String, text: String) throws(LexiconError) {
        let (adapter, problems) = try Self.compile(name: name, file: file, text: text)
        if let first = problems.first { throw first }
        self = adapter
    }

    /// Compiles what it can of `text` and returns every bad row as a problem, in file order.
    /// - Throws: `LexiconError` only when the file is not a table at all (no header, a short row).
    package static func compile(name: String, file: String, text: String) throws(LexiconError) -> (
        HTMLAdapter, [LexiconError]
    ) {
        var adapter = HTMLAdapter(name: name, rules: [])
        var problems: [LexiconError] = []
        let table = try TSVTable(file: file, text: text, requiredColumns: 2)
        for row in table.rows {
            do {
                if let rule = try adapter.rule(row, file: file) { adapter.rules.append(rule) }
            } catch {
                problems.append(error)
            }
        }
        if !adapter.rules.contains(where: { $0.role == .post }) {
            problems.append(.malformed(file: file, line: 1, message: Message.noPostRow))
        }
        adapter.compileParts()
        return (adapter, problems)
    }

    /// An adapter built in code from its rows (the generic adapter's, whose matches are given
    /// rather than selected).
    init(name: String, rules: [Rule]) {
        self.name = name
        self.rules = rules
        compileParts()
    }

    /// Fills ``parts`` and ``partRows`` from ``rules``.
    private mutating func compileParts() {
        partRows = rules.indices.filter { rules[$0].role != .detect && rules[$0].role != .require }
        parts = SelectorSet(partRows.map { rules[$0].selector })
    }

    /// The compiled row, or `nil` for a setting (applied to the adapter).
    private mutating func rule(_ row: TSVTable.Row, file: String) throws(LexiconError) -> Rule? {
        guard let role = AdapterRole(rawValue: row[0]) else {
            throw .malformed(file: file, line: row.line, message: Message.unknownRole(row[0]))
        }
        if role == .setting {
            guard row[1] == "roots", row[2] == "first-post" else {
                throw .malformed(file: file, line: row.line, message: Message.unknownSetting("\(row[1]) \(row[2])"))
            }
            rootsReplyToFirstPost = true
            return nil
        }
        let selector: CSSSelector
        do {
            selector = try CSSSelector(row[1])
        } catch {
            throw .malformed(
                file: file, line: row.line, message: "selector '\(row[1])': \(error.message) at column \(error.column)")
        }
        var rule = Rule(
            role: role, selector: selector, source: row[1], take: role.defaultTake, weight: 1,
            name: role == .boilerplate ? "page furniture" : role.rawValue, origin: "\(file):\(row.line)")
        if !row[3].isEmpty {
            guard role.readsValue else {
                throw .malformed(file: file, line: row.line, message: Message.patternNotAllowed(role))
            }
            do {
                rule.pattern = try AdapterPattern(row[3])
            } catch {
                throw .malformed(file: file, line: row.line, message: error.message)
            }
        }
        let third = row[2]
        guard !third.isEmpty else { return rule }
        switch role {
        case .detect:
            guard let weight = Double(third), weight > 0 else {
                throw .malformed(file: file, line: row.line, message: Message.badWeight(third))
            }
            rule.weight = weight
        case .boilerplate:
            rule.name = third
        default:
            guard let take = AdapterTake(third) else {
                throw .malformed(file: file, line: row.line, message: AdapterTake.Message.unknown(third))
            }
            rule.take = take
        }
        return rule
    }

    /// The rows of `role`, in file order.
    package func rules(_ role: AdapterRole) -> [Rule] {
        rules.filter { $0.role == role }
    }
}
