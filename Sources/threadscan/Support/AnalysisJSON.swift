import ThreadScan

/// The analysis as ordered JSON, for `explain --format json`.
enum AnalysisJSON {
    static func value(_ analysis: TextAnalysis, text: String) -> JSONValue {
        let incivility = analysis.incivility
        return .object([
            ("text", .string(text)),
            (
                "incivility",
                .object([
                    ("score", .number(incivility.score)),
                    ("severity", .string(incivility.severity.rawValue)),
                    ("categories", .array(incivility.categories.map { .string($0) })),
                    ("target", .string(incivility.target?.rawValue)),
                    ("evidence", .array(incivility.evidence.map(value))),
                ])
            ),
            (
                "replyStance",
                analysis.replyStance.map { stance in
                    .object([("stance", .string(stance.stance.rawValue)), ("cues", .array(stance.cues.map(value)))])
                } ?? .null
            ),
            (
                "targetStances",
                .array(
                    analysis.targetStances.map { result in
                        .object([
                            ("target", .string(result.target)), ("stance", .string(result.stance.rawValue)),
                            ("evidence", .array(result.evidence.map(value))),
                        ])
                    }
                )
            ),
        ])
    }

    static func value(_ evidence: Evidence) -> JSONValue {
        .object([
            ("start", .int(evidence.start)), ("end", .int(evidence.end)), ("text", .string(evidence.text)),
            ("source", .string(evidence.source.rawValue)), ("name", .string(evidence.name)),
            ("category", .string(evidence.category)), ("contribution", .number(evidence.contribution)),
            ("origin", .string(evidence.origin)),
        ])
    }
}
