import Foundation
import ThreadScan

/// One text for `threadscan score`, with its input line and optional parent text and target.
struct ScoreRequest: Sendable {
    /// Where the fields of a TSV row are; all `nil` but `text` for plain text.
    struct Columns {
        var text = 0
        var id: Int?
        var parent: Int?
        var target: Int?

        init(_ header: DataTableHeader?) {
            guard let header else { return }
            text = header.column("text") ?? 0
            id = header.column("id")
            parent = header.column("parent_text")
            target = header.column("target")
        }
    }

    var line: Int
    var id: String?
    var text: String
    var parent: String?
    var target: String?
    /// Why the row cannot be scored, when it cannot.
    var error: String?

    /// The request for one input row.
    init(row: DataTableRow, columns: Columns) {
        line = row.line
        id = row[columns.id]
        text = row[columns.text] ?? ""
        parent = row[columns.parent].flatMap { $0.isEmpty ? nil : $0 }
        target = row[columns.target].flatMap { $0.isEmpty ? nil : $0 }
        if row.fields.allSatisfy({ $0.isEmpty }) {
            id = nil
            error = "blank row: nothing to score"
        } else if row[columns.text] == nil {
            error =
                "expected at least \(columns.text + 1) tab-separated fields to reach 'text', found \(row.fields.count); is a tab missing?"
        } else if Self.isBlank(text) {
            error = "empty text: nothing to score"
        }
    }

    /// Whether `text` is only white space (as `Character.isWhitespace` says), looking at its
    /// bytes first: an ASCII byte that is not a space answers at once, and only a text that
    /// starts with other characters is read as characters.
    /// - Complexity: O(1) for the usual text, O(n) at worst.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.allSatisfy(\.isWhitespace) }
            guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return false }
        }
        return true
    }

    /// Writes `{"line":N,"id":…,"score":…,"severity":…,"categories":[…],"target":…}` plus stance
    /// and target stance when asked, or `{"line":N,"id":…,"error":…}` for a row that cannot be
    /// scored, and a line break.
    func writeJSONLine(analyzer: Analyzer, into out: inout JSONWriter) {
        out.beginObject()
        out.member("line", line)
        if let id { out.member("id", id) }
        if let error {
            out.member("error", error)
        } else {
            var context = AnalysisContext(parentText: parent, targets: target.map { [$0] } ?? [])
            context.showsEvidence = false
            let analysis = analyzer.analyze(text, context: context)
            out.member("score", number: analysis.incivility.score)
            out.member("severity", analysis.incivility.severity.rawValue)
            out.member("categories", analysis.incivility.categories)
            out.member("target", analysis.incivility.target?.rawValue)
            if let stance = analysis.replyStance { out.member("stance", stance.stance.rawValue) }
            if let stance = analysis.targetStances.first { out.member("targetStance", stance.stance.rawValue) }
        }
        out.endObject()
        out.bytes.append(0x0A)
    }
}

extension ScoreRequest {
    /// One Perspective API response for the row, every attribute of `perspective.tsv` requested;
    /// `clientToken` is the row's id, or its line number without an id column. A row that cannot
    /// be scored gets Google's error shape instead.
    func writePerspectiveLine(model: PerspectiveModel, into out: inout JSONWriter) {
        let value: JSONValue
        if let error {
            value = PerspectiveError.invalidArgument(error).json
        } else {
            let request = AnalyzeCommentRequest(
                text: text, context: parent.map { [$0] } ?? [],
                attributes: model.attributes.names.map { .init(name: $0) }, clientToken: id ?? String(line))
            do {
                value = try model.analyze(request)
            } catch {
                value = error.json
            }
        }
        out.value(value)
        out.bytes.append(0x0A)
    }
}

/// The rows of a `score` run that could not be scored: how many, and the first.
struct ScoreFailures {
    private var rows = 0
    private var failed = 0
    private var first: (line: Int, error: String)?

    /// Counts `request`, failed or not.
    mutating func count(_ request: ScoreRequest) {
        rows += 1
        guard let error = request.error else { return }
        failed += 1
        if first == nil { first = (request.line, error) }
    }

    /// The line for standard error when some rows failed, else `nil`.
    func summary(file: String) -> String? {
        guard let first else { return nil }
        return "\(failed) of \(rows) rows could not be scored (first at \(file):\(first.line): \(first.error))"
    }
}
