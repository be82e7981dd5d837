import Foundation
import ThreadScan

/// `threadscan lexicon fit LABELED.tsv -o weights.tsv`: learned weights over named features, with
/// k-fold cross-validated figures.
enum LexiconFitCommand {
    static let command = Command(
        name: "lexicon fit",
        abstract: "Fit transparent weights (feature, class, weight) to a labeled TSV.",
        discussion: """
            Multinomial logistic regression with an L2 penalty over named features: each stance cue,
            each rule, each word (stance); each incivility entry, category and rule, the score and
            each word (incivility). Deterministic: the same file gives the same bytes. Prints the
            k-fold cross-validated per-class precision, recall and F1 and the macro-F1 (to standard
            error when the weights go to standard output). Put the file at weights/<task>.tsv of a
            lexicon folder and load it with --lexicons +DIR.
            """,
        arguments: [
            ArgumentSpec(
                name: "file",
                help:
                    "A TSV whose header names text and label columns (and parent_text for stance); '-' reads standard input."
            )
        ],
        options: [
            .value(
                "task", valueName: "task", help: "stance (support, deny, query, comment) or incivility (0/1).",
                kind: .choice(FeatureWeights.Task.allCases.map(\.rawValue)), defaultValue: "stance"),
            .value(
                "output", short: "o", valueName: "file",
                help: "Write the weights to this file (default: standard output).",
                kind: .file),
            .value("column", valueName: "name", help: "The text column.", defaultValue: "text"),
            .value("label", valueName: "name", help: "The label column.", defaultValue: "label"),
            .value(
                "parent", valueName: "name", help: "The parent-text column, for stance.", defaultValue: "parent_text"),
            .value(
                "group", valueName: "name",
                help: "A column whose rows share a fold in cross-validation (a thread id)."),
            .value(
                "folds", valueName: "n", help: "Cross-validation folds.", kind: .integer(2...1_000),
                defaultValue: "5"),
            .value(
                "l2", valueName: "value", help: "The L2 penalty on the mean log-loss.", kind: .number(0...1_000),
                defaultValue: "0.01"),
            .value(
                "balance", valueName: "value",
                help: "0 weighs every example alike, 1 every class alike, as macro-F1 does.", kind: .number(0...1),
                defaultValue: "0.8"),
            .value(
                "prior", valueName: "value",
                help: "Stance: each cue starts from this many times its stance.tsv weight toward its stance (0: none).",
                kind: .number(0...1_000), defaultValue: "3"),
            .value(
                "min-count", valueName: "n", help: "Fit a feature only when at least this many texts have it.",
                kind: .integer(1...1_000_000), defaultValue: "3"),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
                throw UsageError(message: "expected one labeled TSV file")
            }
            let task = FeatureWeights.Task(rawValue: arguments.value("task") ?? "stance") ?? .stance
            let folds = arguments.value("folds").flatMap { Int($0) } ?? 5
            let l2 = arguments.value("l2").flatMap(Double.init) ?? 0.01
            let balance = arguments.value("balance").flatMap(Double.init) ?? 0.8
            let minimumCount = arguments.value("min-count").flatMap { Int($0) } ?? 3
            let output = arguments.value("output")
            try OutputGuard.refuse(output, overwriting: [path])
            let file = path == "-" ? "<stdin>" : path
            let set: ClassLabeledSet
            do {
                set = try ClassLabeledSet(
                    lines: ByteLineReader(path: path), file: file, task: task,
                    textColumn: arguments.value("column") ?? "text", labelColumn: arguments.value("label") ?? "label",
                    parentColumn: arguments.value("parent") ?? "parent_text", groupColumn: arguments.value("group"))
            } catch {
                throw CommandFailure(message: "\(error)")
            }
            guard !set.examples.isEmpty else { throw CommandFailure(message: "\(file): no labeled rows to fit") }
            let analyzer = try LexiconOption.analyzer(arguments)
            let features = set.examples.map { analyzer.features($0.text, parent: $0.parent, task: task) }
            let labels = set.examples.map(\.label)
            let priorScale = task == .stance ? arguments.value("prior").flatMap(Double.init) ?? 3 : 0
            var fitter = WeightFitter(task: task, l2: l2, folds: folds, minimumCount: minimumCount, balance: balance)
            if task == .stance, priorScale > 0 {
                fitter.prior = WeightFitter.stancePrior(analyzer.lexicon, scale: priorScale)
            }
            let validation = fitter.crossValidate(features: features, labels: labels, groups: set.examples.map(\.group))
            let (weights, iterations) = fitter.fit(features: features, labels: labels)
            let name = path == "-" ? "standard input" : (path as NSString).lastPathComponent
            var report = "\(set.examples.count) examples"
            if set.withoutParent > 0 { report += ", \(set.withoutParent) rows without a parent text left out" }
            report += "\n" + render(validation, grouped: arguments.value("group"))
            let notes = [
                "Learned \(task.rawValue) weights: `threadscan lexicon fit --task \(task.rawValue)` on \(name).",
                "A class's score is the sum of weight × value over the features a text has (bias: always, value 1);",
                "the highest score wins. Features absent here weigh 0. See README, \"Learned weights\".",
                "\(set.examples.count) examples; L2 \(l2); balance \(balance); prior \(task == .stance ? priorScale : 0); features in at least \(minimumCount) texts; \(iterations) iterations.",
                "\(folds)-fold cross-validated macro-F1 \(ExplanationText.format(validation.macroF1)) ("
                    + validation.perClass.map { "\($0.name) \(ExplanationText.format($0.f1))" }.joined(separator: ", ")
                    + ").",
            ]
            let tsv = weights.tsv(notes: notes)
            if let output, output != "-" {
                let destination = try ReportDestination(path: output, terminal: terminal, contents: "the weights")
                destination.write(tsv)
                try destination.close()
                terminal.write(report)
            } else {
                terminal.write(tsv)
                terminal.error(report)
            }
            guard let first = set.skipped.first else { return ExitCode.success }
            terminal.error("threadscan: \(set.skipped.count) row(s) skipped (first: \(first))\n")
            return ExitCode.failure
        }
    )

    /// The cross-validated figures as lines of text.
    static func render(_ validation: CrossValidation, grouped: String?) -> String {
        let f = ExplanationText.format
        var out = "\(validation.folds)-fold cross-validation" + (grouped.map { " (folds by \($0))" } ?? "") + ":\n"
        for figures in validation.perClass {
            out +=
                "  \(figures.name.padding(toLength: 8, withPad: " ", startingAt: 0)) precision \(f(figures.precision))  recall \(f(figures.recall))  F1 \(f(figures.f1))  (\(figures.labeled) labeled, \(figures.predicted) predicted)\n"
        }
        out += "macro-F1 \(f(validation.macroF1))  accuracy \(f(validation.accuracy))"
        if let auc = validation.rocAUC { out += "  ROC-AUC \(f(auc))" }
        return out + "\n"
    }
}
