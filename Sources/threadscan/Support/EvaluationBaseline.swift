import Foundation
import ThreadScan

/// Reads an earlier `lexicon eval --format json` output (`threadscan.eval/1`) as the baseline of a
/// comparison.
enum EvaluationBaseline {
    /// The snapshot saved in `path`.
    /// - Throws: `CommandFailure` naming the file and what is wrong when it is not a `threadscan.eval/1` document.
    static func read(_ path: String) throws -> EvaluationSnapshot {
        let document = try SavedJSONDocument(
            path: path, schema: EvaluationJSON.schema, writtenBy: "threadscan lexicon eval --format json",
            role: "a baseline")
        let root = document.root
        let wrong = document.failure
        guard let cutoff = (root["cutoff"] as? NSNumber)?.doubleValue, let results = root["results"] as? [Any] else {
            throw wrong("no cutoff or results")
        }
        var texts: [EvaluationSnapshot.Text] = []
        for (position, item) in results.enumerated() {
            guard let object = item as? [String: Any], let line = (object["line"] as? NSNumber)?.intValue,
                let text = object["text"] as? String, let label = (object["label"] as? NSNumber)?.intValue,
                let score = (object["score"] as? NSNumber)?.doubleValue, let caught = object["caught"] as? Bool,
                let entries = object["entries"] as? [String]
            else {
                throw wrong("results[\(position)] lacks line, text, label, score, caught or entries")
            }
            texts.append(
                EvaluationSnapshot.Text(
                    line: line, text: text, isUncivil: label == 1, score: score, isCaught: caught, entries: entries))
        }
        return EvaluationSnapshot(cutoff: cutoff, texts: texts)
    }
}
