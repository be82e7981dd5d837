import Foundation
import ThreadScan

/// One text for `threadscan score`, with its input line and optional parent text and target.
struct ScoreRequest: Sendable {
    /// How many texts are read before they are scored together on every core.
    static let batchSize = 4096

    var line: Int
    var text: String
    var parent: String?
    var target: String?

    /// The JSON lines for `batch`, in input order, scored in parallel across the cores.
    /// - Complexity: O(n) in the batch's text; memory grows with the batch, not the input.
    static func score(_ batch: [ScoreRequest], with analyzer: Analyzer) -> String {
        guard !batch.isEmpty else { return "" }
        let chunks = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let results = ResultSlots(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var out = ""
            for index in stride(from: chunk * batch.count / chunks, to: (chunk + 1) * batch.count / chunks, by: 1) {
                out += batch[index].jsonLine(analyzer: analyzer)
            }
            results.set(chunk, out)
        }
        return results.joined()
    }

    /// `{"line":N,"score":…,"severity":…,"categories":[…],"target":…}` plus stance and target stance when asked.
    func jsonLine(analyzer: Analyzer) -> String {
        let analysis = analyzer.analyze(
            text, context: AnalysisContext(parentText: parent, targets: target.map { [$0] } ?? []))
        var members: [(String, JSONValue)] = [
            ("line", .int(line)),
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
