import ThreadModel

/// Runs lexicon test cases through an analyzer; shared by `threadscan lexicon test` and `swift test`.
package struct LexiconCaseRunner: Sendable {
    /// The analyzer the cases run through.
    package let analyzer: Analyzer

    /// Creates a runner.
    package init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The variants `testCase` runs in: all of them unless it says `variants=off`.
    package static func variants(of testCase: LexiconCase) -> [LexiconCaseVariant] {
        testCase.variantsEnabled ? LexiconCaseVariant.allCases : [.plain]
    }

    /// The failures of `testCase` in `variant`, each as `origin: [variant] expected …, got …`; empty when it passes.
    package func failures(of testCase: LexiconCase, in variant: LexiconCaseVariant) -> [String] {
        let prefix = "\(testCase.origin): " + (variant == .plain ? "" : "[\(variant)] ")
        let context = AnalysisContext(
            parentText: testCase.parent,
            targets: testCase.checks.compactMap {
                if case .targetStance(let name, _) = $0 { name } else { nil }
            })
        if variant == .quoted {
            let span = SourceSpan(lineStart: 1, lineEnd: 1, byteStart: 0, byteEnd: 0)
            let post = Post(
                index: 1, body: LexiconCaseVariant.quotingReply,
                quotes: [Quote(author: "quoted", postIndex: 0, time: nil, text: testCase.text, span: span)], span: span
            )
            let result = analyzer.analyze(post: post, context: context).incivility
            return result.severity == .none
                ? []
                : [
                    "\(prefix)expected the quoting reply to score none, got \(result.severity.rawValue) (\(result.score.rounded4))"
                ]
        }
        let pieces = testCase.pieces.map { piece in
            LexiconCase.Piece(
                text: variant == .allCaps ? piece.text.uppercased() : piece.text, isMarked: piece.isMarked)
        }
        var text = variant == .emojiPrefix ? LexiconCaseVariant.emoji : ""
        var marked: [Range<Int>] = []
        for piece in pieces {
            let start = text.utf8.count
            text += piece.text
            if piece.isMarked { marked.append(start..<text.utf8.count) }
        }
        let analysis = analyzer.analyze(text, context: context)
        var failures: [String] = []
        for check in testCase.checks {
            if let problem = Self.problem(check, analysis, variant: variant) {
                failures.append("\(prefix)expected \(check), got \(problem)")
            }
        }
        let evidence =
            analysis.incivility.evidence + (analysis.replyStance?.cues ?? [])
            + analysis.targetStances.flatMap(\.evidence)
        for span in marked where !evidence.contains(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) {
            let quoted = String(decoding: Array(text.utf8)[span], as: UTF8.self)
            failures.append(
                "\(prefix)expected evidence on '\(quoted)' (bytes \(span.lowerBound)..<\(span.upperBound)), got \(evidence.isEmpty ? "none" : evidence.map { "'\($0.text)'" }.joined(separator: ", "))"
            )
        }
        return failures
    }

    /// What is wrong with `analysis` under `check`, or `nil` when it holds.
    static func problem(_ check: LexiconCheck, _ analysis: TextAnalysis, variant: LexiconCaseVariant) -> String? {
        let incivility = analysis.incivility
        let got = "band=\(incivility.severity.rawValue) (score \(incivility.score.rounded4))"
        switch check {
        case .band(let comparison, let band):
            var comparison = comparison
            if variant == .allCaps, band != .none {
                if comparison == .atMost { return nil }
                comparison = .atLeast
            }
            let holds =
                switch comparison {
                case .equal: incivility.severity == band
                case .atLeast: incivility.severity >= band
                case .atMost: incivility.severity <= band
                }
            return holds ? nil : got
        case .category(let name):
            return incivility.categories.contains(name)
                ? nil : "categories [\(incivility.categories.joined(separator: ", "))]"
        case .noCategory(let name):
            return incivility.categories.contains(name)
                ? "categories [\(incivility.categories.joined(separator: ", "))]" : nil
        case .target(let kind):
            return incivility.target == kind ? nil : "target=\(incivility.target?.rawValue ?? "none") (\(got))"
        case .stance(let stance):
            let actual = analysis.replyStance?.stance
            return actual == stance ? nil : "stance=\(actual?.rawValue ?? "none")"
        case .targetStance(let name, let stance):
            let actual = analysis.targetStances.first { $0.target == name }?.stance ?? .none
            return actual == stance ? nil : "targetstance=\(name):\(actual.rawValue)"
        }
    }
}

extension Double {
    /// The number rounded to 4 decimal places, for messages.
    var rounded4: Double { (self * 10_000).rounded() / 10_000 }
}
