import Foundation
import ThreadScan

/// `threadscan lexicon suggest LABELED.tsv`: lexicon edits proposed from a labeled set, each with
/// its measured effect, as rows to paste and cases to add.
enum LexiconSuggestCommand {
    static let command = Command(
        name: "lexicon suggest",
        abstract: "Propose lexicon edits from a labeled TSV, each with its measured effect.",
        discussion: """
            Scores the labeled texts (label 1 = uncivil, 0 = civil; read as lexicon eval reads them),
            then proposes: a lower weight for each entry that fired at least --min-fired times with
            a precision below 0.5 (of its weight times its precision over 0.5, a half and a quarter
            of its weight, and 0.01, the one with the best F1, the highest on a tie); and each
            phrase of one to three words found in at least --min-count missed uncivil texts and in
            no lexicon entry, whose share of uncivil texts among the texts holding it is at least
            --min-precision and which is in more missed uncivil texts than civil texts below the
            cut-off, as a new entry of --weight and --category. Each edit is made alone and the
            texts it touches are scored again: the effect lists the texts it catches, misses, flags
            and clears at the cut-off and the F1 it gives; a phrase whose F1 is not above the
            set's is not proposed. Then the test cases that pin the edits down. The order is fixed
            (entries as lexicon eval lists them; phrases by missed texts less civil texts they
            would flag, then the estimate (uncivil + 1) / (holding + 2), then length, then bytes),
            so the output is the same every run.
            """,
        arguments: [LabeledSetInput.argument],
        options: LabeledSetInput.options + [
            .value(
                "top", valueName: "n", help: "How many edits of each kind to propose.",
                kind: .integer(1...1_000_000), defaultValue: "10"),
            .value(
                "min-fired", valueName: "n", help: "Entries that fired fewer times are not weighed.",
                kind: .integer(1...1_000_000_000), defaultValue: "3"),
            .value(
                "min-count", valueName: "n", help: "The fewest missed uncivil texts a proposed phrase is in.",
                kind: .integer(1...1_000_000_000), defaultValue: "2"),
            .value(
                "min-precision", valueName: "share",
                help: "The lowest share of uncivil texts among the texts holding a proposed phrase.",
                kind: .number(0...1), defaultValue: "0.8"),
            .value(
                "weight", valueName: "value", help: "The weight of a proposed phrase.", kind: .number(0.01...1),
                defaultValue: "0.3"),
            .value(
                "category", valueName: "name", help: "The category of a proposed phrase.",
                kind: .names({ IncivilityCategory.standardNames }), defaultValue: "insult"),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            let analyzer = try LexiconOption.analyzer(arguments)
            let category = arguments.value("category") ?? "insult"
            let categories = analyzer.lexicon.categories.map(\.name)
            guard categories.contains(category) else {
                throw UsageError(
                    message: "unknown category '\(category)'; expected one of: \(categories.joined(separator: ", "))"
                        + Spelling.didYouMean(category, among: categories))
            }
            let settings = LexiconSuggestions.Settings(
                cutoff: LabeledSetInput.cutoff(arguments),
                top: arguments.value("top").flatMap { Int($0) } ?? 10,
                minimumFired: arguments.value("min-fired").flatMap { Int($0) } ?? 3,
                minimumMissed: arguments.value("min-count").flatMap { Int($0) } ?? 2,
                minimumPrecision: arguments.value("min-precision").flatMap(Double.init) ?? 0.8,
                weight: arguments.value("weight").flatMap(Double.init) ?? 0.3, category: category)
            let set = try LabeledSetInput.read(arguments).set
            let suggestions = LexiconSuggestions(set: set, analyzer: analyzer, settings: settings)
            terminal.write(render(suggestions, settings: settings, skipped: set.skipped))
            guard let first = set.skipped.first else { return ExitCode.success }
            terminal.error("threadscan: \(set.skipped.count) row(s) skipped (first: \(first))\n")
            return ExitCode.failure
        }
    )

    static func render(
        _ suggestions: LexiconSuggestions, settings: LexiconSuggestions.Settings, skipped: [LabeledSetError]
    ) -> String {
        let f = ExplanationText.format
        let evaluation = suggestions.evaluation
        var out = "\(evaluation.scored.count) texts, \(evaluation.uncivilCount) labeled uncivil; "
        out += "at cut-off \(f(settings.cutoff)): "
        out += "precision \(f(evaluation.atCutoff.precision))  recall \(f(evaluation.atCutoff.recall))  "
        out += "F1 \(f(evaluation.atCutoff.f1))\n"
        if !skipped.isEmpty { out += "\(skipped.count) row(s) skipped (lexicon eval lists them)\n" }
        func effect(_ effect: LexiconSuggestions.Effect) -> String {
            var parts: [String] = []
            for (count, what) in [
                (effect.caught.count, "uncivil caught"), (effect.missed.count, "uncivil missed"),
                (effect.flagged.count, "civil flagged"), (effect.cleared.count, "civil cleared"),
            ] where count > 0 {
                parts.append("\(count) \(what)")
            }
            let changes = parts.isEmpty ? "no text crosses the cut-off" : parts.joined(separator: ", ")
            return "effect: \(changes); F1 \(f(suggestions.before)) → \(f(effect.f1))"
        }
        func row(_ entry: IncivilityEntry, weight: Double) -> String {
            "\(entry.term)\t\(plain(weight))\t\(entry.category)"
        }
        out +=
            "\nentries that fire mostly on civil texts (fired ≥ \(settings.minimumFired) times, precision below \(plain(settings.lowPrecision))): lower the weight\n"
        if suggestions.lowerings.isEmpty { out += "  none\n" }
        for lowering in suggestions.lowerings {
            out +=
                "  \(lowering.entry.term)  \(lowering.onUncivil)/\(lowering.fired) on uncivil texts, precision \(f(lowering.precision))  \(lowering.entry.origin)\n"
            out += "      \(row(lowering.entry, weight: lowering.weight))    (was \(plain(lowering.entry.weight)))\n"
            out += "      \(effect(lowering.effect))\n"
        }
        out +=
            "\nphrases of the missed uncivil texts (in ≥ \(settings.minimumMissed) of them, precision ≥ \(plain(settings.minimumPrecision))): add to incivility.tsv, or incivility-local.tsv in your folder\n"
        if suggestions.additions.isEmpty { out += "  none\n" }
        for addition in suggestions.additions {
            out +=
                "  \(addition.entry.term)  in \(addition.inMissed) missed, \(addition.uncivil)/\(addition.holding) of the texts holding it uncivil, precision \(f(addition.precision)), estimate \(f(addition.estimate))\n"
            out += "      \(row(addition.entry, weight: addition.entry.weight))\n"
            out += "      \(effect(addition.effect))\n"
        }
        let cases = suggestions.cases
        out += "\ncases to add (rows for tests/*.tsv; or threadscan lexicon case add TEXT --expect EXPECT --to DIR)\n"
        if cases.isEmpty { out += "  none\n" }
        for item in cases { out += "  \(item.text)\t\(item.expect)\n" }
        return out
    }

    /// A weight as a lexicon writes it: up to two decimals, no trailing zeros (`0.3`, `0.05`, `1`).
    private static func plain(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        if hundredths % 100 == 0 { return "\(hundredths / 100)" }
        let fraction = hundredths % 100
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(hundredths / 100).\(digits)"
    }
}
