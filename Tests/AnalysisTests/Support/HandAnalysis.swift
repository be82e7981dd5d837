import Analysis

/// Builds analyses by hand for tests of the thread-level logic.
enum HandAnalysis {
    static let civil = TextAnalysis(incivility: .civil, replyStance: nil, targetStances: [])

    static func uncivil(
        _ score: Double, _ severity: Severity, target: TargetKind? = .participant, categories: [String] = ["insult"],
        words: [String] = ["dunce"], stance: ReplyStance? = nil
    ) -> TextAnalysis {
        let evidence = words.enumerated().map { offset, word in
            Evidence(
                start: offset * 10, end: offset * 10 + word.utf8.count, text: word, source: .entry, name: word,
                category: categories.first, contribution: 0.3)
        }
        return TextAnalysis(
            incivility: IncivilityResult(
                score: score, severity: severity, categories: categories, target: target, evidence: evidence),
            replyStance: stance.map { StanceResult(stance: $0, cues: []) }, targetStances: []
        )
    }

    static func stance(_ stance: ReplyStance) -> TextAnalysis {
        TextAnalysis(incivility: .civil, replyStance: StanceResult(stance: stance, cues: []), targetStances: [])
    }
}
