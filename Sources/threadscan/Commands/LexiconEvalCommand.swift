import Foundation
import ThreadScan

/// `threadscan lexicon eval FILE.tsv`: precision, recall, F1, best cut-off, ROC-AUC, mistakes, entry precision.
enum LexiconEvalCommand {
    static let command = Command(
        name: "lexicon eval",
        abstract: "Measure the lexicons on a labeled TSV (label 1 = uncivil, 0 = civil).",
        discussion: """
            Reports precision, recall and F1 at the cut-off (default: the low band, 0.10), the cut-off
            with the best F1, ROC-AUC, the top false positives and negatives with the entries that
            fired, and the precision of each entry that fired at least --min-fired times (ties by
            times fired, then by name). Lines starting with '#' before the header are skipped;
            every row after it is counted: a row with a bad label or a missing field is listed
            as skipped and the exit code is 1.
            """,
        arguments: [LabeledSetInput.argument],
        options: LabeledSetInput.options + [
            .value(
                "top", valueName: "n", help: "How many false positives, false negatives and entries to list.",
                kind: .integer(0...1_000_000), defaultValue: "10"),
            .value(
                "min-fired", valueName: "n", help: "Entries that fired fewer times are left out of entry precision.",
                kind: .integer(0...1_000_000_000), defaultValue: "10"),
            .value(
                "format", short: "f", valueName: "format", help: "Output format (json: threadscan.eval/1).",
                kind: .choice(["text", "json"]), defaultValue: "text"),
            .value(
                "baseline", valueName: "file",
                help: "An earlier --format json output: show what changed, per text and per entry.", kind: .file),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            let cutoff = LabeledSetInput.cutoff(arguments)
            let top = arguments.value("top").flatMap { Int($0) } ?? 10
            let minimumFired = arguments.value("min-fired").flatMap { Int($0) } ?? 10
            let format = arguments.value("format") ?? "text"
            let baselinePath = arguments.value("baseline")
            let baseline = try baselinePath.map(EvaluationBaseline.read)
            let (set, file) = try LabeledSetInput.read(arguments)
            let evaluation = Evaluation(
                set: set, analyzer: try LexiconOption.analyzer(arguments), cutoff: cutoff, minimumFired: minimumFired)
            let comparison = baseline.map { EvaluationComparison(baseline: $0, now: EvaluationSnapshot(evaluation)) }
            if format == "json" {
                let document = EvaluationJSON.value(
                    evaluation, file: file, skipped: set.skipped.map(\.description), comparison: comparison,
                    baselineFile: baselinePath)
                terminal.write(document.serialized(pretty: true) + "\n")
            } else {
                terminal.write(render(evaluation, skipped: set.skipped, top: top, minimumFired: minimumFired))
                if let comparison, let baselinePath {
                    terminal.write(render(comparison, baseline: baselinePath, top: top))
                }
            }
            guard let first = set.skipped.first else { return ExitCode.success }
            terminal.error("threadscan: \(set.skipped.count) row(s) skipped (first: \(first))\n")
            return ExitCode.failure
        }
    )

    /// What changed since the baseline, as text: the four lists of texts (at most `top` each) and
    /// the entries whose counts changed.
    static func render(_ comparison: EvaluationComparison, baseline: String, top: Int) -> String {
        let f = ExplanationText.format
        var out = "\ncompared with \(baseline):\n"
        if !comparison.unmatchedLines.isEmpty {
            out +=
                "  \(comparison.unmatchedLines.count) line(s) not in the baseline or with another text there: not compared\n"
        }
        func list(_ title: String, _ changes: [EvaluationComparison.TextChange]) {
            out += "  \(title): \(changes.count)\n"
            for change in changes.prefix(top) {
                let text = change.now.text.count > 90 ? change.now.text.prefix(90) + "…" : Substring(change.now.text)
                out += "    line \(change.now.line)  \(f(change.before)) → \(f(change.now.score))  \(text)\n"
            }
            if changes.count > top { out += "    … and \(changes.count - top) more\n" }
        }
        list("newly caught (uncivil, now at or above the cut-off)", comparison.newlyCaught)
        list("newly missed (uncivil, now below the cut-off)", comparison.newlyMissed)
        list("newly flagged (civil, now at or above the cut-off)", comparison.newlyFlagged)
        list("newly cleared (civil, now below the cut-off)", comparison.newlyCleared)
        out += "  entries changed: \(comparison.entries.count)\n"
        for change in comparison.entries.prefix(top * 2) {
            let before =
                change.before.fired == 0
                ? "new" : "\(change.before.onUncivil)/\(change.before.fired) \(f(change.before.precision))"
            let now =
                change.now.fired == 0
                ? "gone" : "\(change.now.onUncivil)/\(change.now.fired) \(f(change.now.precision))"
            out += "    \(change.name)  \(before) → \(now)\n"
        }
        if comparison.entries.count > top * 2 { out += "    … and \(comparison.entries.count - top * 2) more\n" }
        return out
    }

    static func render(_ evaluation: Evaluation, skipped: [LabeledSetError], top: Int, minimumFired: Int) -> String {
        let f = ExplanationText.format
        func point(_ point: Evaluation.Point) -> String {
            "precision \(f(point.precision))  recall \(f(point.recall))  F1 \(f(point.f1))"
        }
        var out = "\(evaluation.scored.count) texts, \(evaluation.uncivilCount) labeled uncivil\n"
        if !skipped.isEmpty {
            out += "\(skipped.count) row(s) skipped:\n"
            for problem in skipped.prefix(top) { out += "  \(problem)\n" }
            if skipped.count > top { out += "  … and \(skipped.count - top) more\n" }
        }
        out += "at cut-off \(f(evaluation.atCutoff.cutoff)): \(point(evaluation.atCutoff))\n"
        out += "best cut-off \(f(evaluation.best.cutoff)): \(point(evaluation.best))\n"
        out += "ROC-AUC \(f(evaluation.rocAUC))\n"
        func list(_ title: String, _ items: [Evaluation.Scored]) {
            out += "\n\(title):\n"
            for item in items {
                let text =
                    item.example.text.count > 100 ? item.example.text.prefix(100) + "…" : Substring(item.example.text)
                out += "  line \(item.example.line)  score \(f(item.score))  \(text)\n"
                if !item.entries.isEmpty { out += "      fired: \(item.entries.joined(separator: ", "))\n" }
            }
        }
        list("top false positives (civil, scored at or above the cut-off)", evaluation.falsePositives(limit: top))
        list("top false negatives (uncivil, scored below the cut-off)", evaluation.falseNegatives(limit: top))
        out += "\nentry precision (fired ≥ \(minimumFired) times, lowest first):\n"
        for entry in evaluation.entryPrecision.prefix(top) {
            out += "  \(f(entry.precision))  \(entry.onUncivil)/\(entry.fired)  \(entry.entry)\n"
        }
        return out
    }
}
