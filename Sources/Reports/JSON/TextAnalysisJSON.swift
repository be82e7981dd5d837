import Analysis

/// The JSON of one analysed text, for `threadscan explain --format json`; its incivility and
/// evidence objects are the same as a report's posts carry.
package enum TextAnalysisJSON {
    /// `{"text", "incivility", "replyStance", "targetStances"}`.
    package static func value(_ analysis: TextAnalysis, text: String) -> JSONValue {
        .object([
            ("text", .string(text)),
            ("incivility", ThreadReportJSON.incivility(analysis.incivility)),
            (
                "replyStance",
                analysis.replyStance.map { stance in
                    .object([
                        ("stance", .string(stance.stance.rawValue)),
                        ("cues", .array(stance.cues.map(ThreadReportJSON.evidence))),
                        (
                            "scores",
                            .object(stance.scores.map { ($0.stance.rawValue, JSONValue.number($0.score)) })
                        ),
                    ])
                } ?? .null
            ),
            (
                "targetStances",
                .array(
                    analysis.targetStances.map { result in
                        .object([
                            ("target", .string(result.target)), ("stance", .string(result.stance.rawValue)),
                            ("evidence", .array(result.evidence.map(ThreadReportJSON.evidence))),
                        ])
                    }
                )
            ),
        ])
    }
}
