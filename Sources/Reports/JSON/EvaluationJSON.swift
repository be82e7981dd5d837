import Analysis

/// The JSON of `lexicon eval --format json` (`threadscan.eval/1`): the figures, every text's
/// result, every entry's counts and, with a baseline, what changed.
package enum EvaluationJSON {
    /// The schema name and version.
    package static let schema = "threadscan.eval/1"

    /// The document for `evaluation` of `file`, compared with `baseline` (read from `baselineFile`) when given.
    package static func value(
        _ evaluation: Evaluation, file: String, skipped: [String], comparison: EvaluationComparison?,
        baselineFile: String?
    ) -> JSONValue {
        let snapshot = EvaluationSnapshot(evaluation)
        func point(_ point: Evaluation.Point, cutoff: Bool) -> JSONValue {
            .object(
                (cutoff ? [("cutoff", JSONValue.number(point.cutoff, places: 6))] : []) + [
                    ("precision", .number(point.precision, places: 6)), ("recall", .number(point.recall, places: 6)),
                    ("f1", .number(point.f1, places: 6)),
                ])
        }
        var members: [(String, JSONValue)] = [
            ("schema", .string(schema)),
            ("file", .string(file)),
            ("texts", .int(evaluation.scored.count)),
            ("uncivil", .int(evaluation.uncivilCount)),
            ("cutoff", .number(evaluation.atCutoff.cutoff, places: 6)),
            ("atCutoff", point(evaluation.atCutoff, cutoff: false)),
            ("best", point(evaluation.best, cutoff: true)),
            ("rocAUC", .number(evaluation.rocAUC, places: 6)),
            ("skipped", .array(skipped.map { .string($0) })),
            ("results", .array(snapshot.texts.map(text))),
            ("entries", .array(snapshot.entries.map(entry))),
        ]
        if let comparison {
            func changes(_ list: [EvaluationComparison.TextChange]) -> JSONValue {
                .array(
                    list.map { change in
                        .object([
                            ("line", .int(change.now.line)), ("text", .string(change.now.text)),
                            ("before", .number(change.before, places: 6)),
                            ("score", .number(change.now.score, places: 6)),
                        ])
                    })
            }
            members.append(
                (
                    "baseline",
                    .object([
                        ("file", .string(baselineFile ?? "")),
                        ("newlyCaught", changes(comparison.newlyCaught)),
                        ("newlyMissed", changes(comparison.newlyMissed)),
                        ("newlyFlagged", changes(comparison.newlyFlagged)),
                        ("newlyCleared", changes(comparison.newlyCleared)),
                        (
                            "entries",
                            .array(
                                comparison.entries.map { change in
                                    .object([
                                        ("entry", .string(change.name)), ("before", entry(change.before)),
                                        ("now", entry(change.now)),
                                    ])
                                })
                        ),
                        ("unmatchedLines", .array(comparison.unmatchedLines.map { .int($0) })),
                    ])
                ))
        } else {
            members.append(("baseline", .null))
        }
        return .object(members)
    }

    static func text(_ text: EvaluationSnapshot.Text) -> JSONValue {
        .object([
            ("line", .int(text.line)), ("text", .string(text.text)), ("label", .int(text.isUncivil ? 1 : 0)),
            ("score", .number(text.score, places: 6)), ("caught", .bool(text.isCaught)),
            ("entries", .array(text.entries.map { .string($0) })),
        ])
    }

    static func entry(_ entry: EvaluationSnapshot.Entry) -> JSONValue {
        .object([
            ("entry", .string(entry.name)), ("fired", .int(entry.fired)), ("onUncivil", .int(entry.onUncivil)),
            ("precision", .number(entry.precision, places: 6)),
        ])
    }
}
