import ThreadScan

/// The terminal rendering of `explain`.
enum ExplanationText {
    static func render(_ analysis: TextAnalysis, text: String, color: Bool) -> String {
        func bold(_ string: String) -> String { color ? "\u{1B}[1m\(string)\u{1B}[0m" : string }
        let incivility = analysis.incivility
        let cutoffs = Severity.cutoffs.reversed().map { "\($0.severity.rawValue) ≥ \(format($0.from))" }.joined(
            separator: ", ")
        var out = "\(bold("Text:")) \(text)\n\n"
        out +=
            "\(bold("Incivility:")) \(format(incivility.score)) \(bold(incivility.severity.rawValue.uppercased()))  (\(cutoffs))\n"
        out +=
            "  categories: \(incivility.categories.isEmpty ? "none" : incivility.categories.joined(separator: ", "))\n"
        out += "  target:     \(incivility.target?.rawValue ?? "none")\n"
        if incivility.evidence.isEmpty {
            out += "  no entry fired\n"
        } else {
            out += "  score = 1 - Π(1 - w) over the entries:\n"
            for evidence in incivility.evidence {
                out += line(evidence)
            }
        }
        if let stance = analysis.replyStance {
            out += "\n\(bold("Reply stance:")) \(stance.stance.rawValue)\n"
            if !stance.scores.isEmpty {
                out +=
                    "  learned weights: score = Σ weight × value; "
                    + stance.scores.map { "\($0.stance.rawValue) \(signed($0.score))" }.joined(separator: ", ")
                    + "\n  contributions toward \(stance.stance.rawValue):\n"
            }
            out += stance.cues.isEmpty ? "  no cue fired (comment)\n" : stance.cues.map(line).joined()
        }
        for result in analysis.targetStances {
            out += "\n\(bold("Stance toward \(result.target):")) \(result.stance.rawValue)\n"
            out +=
                result.evidence.isEmpty ? "  nothing evaluative near a mention\n" : result.evidence.map(line).joined()
        }
        return out
    }

    /// One evidence line: entries flush, rules indented under the entry they changed.
    static func line(_ evidence: Evidence) -> String {
        let place =
            evidence.start == evidence.end
            ? "(whole text)" : "\"\(evidence.text)\" @\(evidence.start)..<\(evidence.end)"
        switch evidence.source {
        case .entry:
            let category = evidence.category.map { " [\($0)]" } ?? ""
            return
                "  \(evidence.name)\(category)  \(place)  w=\(signed(evidence.contribution))  \(evidence.origin ?? "")\n"
        case .rule:
            let category = evidence.category.map { " [\($0)]" } ?? ""
            let origin = evidence.origin.map { "  \($0)" } ?? ""
            return "      rule \(evidence.name)\(category)  \(place)  \(signed(evidence.contribution))\(origin)\n"
        }
    }

    static func format(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let digits = String(abs(scaled) % 10_000)
        return
            "\(scaled < 0 ? "-" : "")\(abs(scaled) / 10_000).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
    }

    static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + format(value)
    }
}
