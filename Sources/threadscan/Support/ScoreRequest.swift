import Foundation
import ThreadScan

/// One text for `threadscan score`, with its input line and optional parent text and target.
struct ScoreRequest: Sendable {
    /// How many texts are read before they are scored together on every core.
    static let batchSize = 4096

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
        if row.fields.allSatisfy(\.isEmpty) {
            id = nil
            error = "blank row: nothing to score"
        } else if row[columns.text] == nil {
            error =
                "expected at least \(columns.text + 1) tab-separated fields to reach 'text', found \(row.fields.count); is a tab missing?"
        } else if text.allSatisfy(\.isWhitespace) {
            error = "empty text: nothing to score"
        }
    }

    /// The lines `line` makes of `batch`'s requests (JSON lines), in input order, made in parallel
    /// across the cores.
    /// - Complexity: O(n) in the batch's text; memory grows with the batch, not the input.
    static func score(_ batch: [ScoreRequest], line: @Sendable (ScoreRequest) -> String) -> String {
        guard !batch.isEmpty else { return "" }
        let chunks = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let results = ResultSlots(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var out = ""
            for index in stride(from: chunk * batch.count / chunks, to: (chunk + 1) * batch.count / chunks, by: 1) {
                out += line(batch[index])
            }
            results.set(chunk, out)
        }
        return results.joined()
    }

    /// `{"line":N,"id":…,"score":…,"severity":…,"categories":[…],"target":…}` plus stance and target
    /// stance when asked, or `{"line":N,"id":…,"error":…}` for a row that cannot be scored.
    func jsonLine(analyzer: Analyzer) -> String {
        var members: [(String, JSONValue)] = [("line", .int(line))]
        if let id { members.append(("id", .string(id))) }
        if let error {
            members.append(("error", .string(error)))
            return JSONValue.object(members).serialized() + "\n"
        }
        let analysis = analyzer.analyze(
            text, context: AnalysisContext(parentText: parent, targets: target.map { [$0] } ?? []))
        members += [
            ("score", .number(analysis.incivility.score)),
            ("severity", .string(analysis.incivility.severity.rawValue)),
            ("categories", .array(analysis.incivility.categories.map { .string($0) })),
            ("target", .string(analysis.incivility.target?.rawValue)),
        ]
        if let stance = analysis.replyStance { members.append(("stance", .string(stance.stance.rawValue))) }
        if let stance = analysis.targetStances.first {
            members.append(("targetStance", .string(stance.stance.rawValue)))
        }
        return JSONValue.object(members).serialized() + "\n"
    }
}

extension ScoreRequest {
    /// One Perspective API response for the row, every attribute of `perspective.tsv` requested;
    /// `clientToken` is the row's id, or its line number without an id column. A row that cannot
    /// be scored gets Google's error shape instead.
    func perspectiveLine(model: PerspectiveModel) -> String {
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
        return value.serialized() + "\n"
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

/// Output slots filled by concurrent workers, each slot by one worker.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [String]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: "", count: count)
    }

    func set(_ index: Int, _ value: String) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func joined() -> String {
        lock.lock()
        defer { lock.unlock() }
        return slots.joined()
    }
}
