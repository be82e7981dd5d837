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
        usage:
            "<file> [--task stance|incivility] [-o <file>] [--column <name>] [--label <name>] [--parent <name>] [--group <name>] [--folds <n>] [--l2 <number>] [--balance <number>] [--prior <scale>] [--min-count <n>] [--lexicons <DIR|+DIR>]",
        arguments: [
            (
                "<file>",
                "A TSV whose header names text and label columns (and parent_text for stance); '-' reads standard input."
            )
        ],
        options: [
            .value(
                "task", valueName: "TASK", help: "stance (default: support, deny, query, comment) or incivility (0/1)."),
            .value(
                "output", short: "o", valueName: "FILE", help: "Write the weights to FILE (default: standard output)."),
            .value("column", valueName: "NAME", help: "The text column (default: text)."),
            .value("label", valueName: "NAME", help: "The label column (default: label)."),
            .value("parent", valueName: "NAME", help: "The parent-text column, for stance (default: parent_text)."),
            .value(
                "group", valueName: "NAME",
                help: "A column whose rows share a fold in cross-validation (a thread id)."),
            .value("folds", valueName: "N", help: "Cross-validation folds, 2 or more (default: 5)."),
            .value("l2", valueName: "NUMBER", help: "The L2 penalty on the mean log-loss (default: 0.01)."),
            .value(
                "balance", valueName: "NUMBER",
                help: "0 weighs every example alike, 1 every class alike, as macro-F1 does (default: 0.8)."),
            .value(
                "prior", valueName: "SCALE",
                help:
                    "Stance: each cue starts from SCALE × its stance.tsv weight toward its stance (default: 3; 0: none)."
            ),
            .value(
                "min-count", valueName: "N",
                help: "Fit a feature only when at least N texts have it (default: 3)."),
            LexiconOption.spec,
        ],
        run: { arguments, terminal in
            guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
                throw UsageError(message: "expected one labeled TSV file")
            }
            let taskName = try arguments.choice(
                "task", allowed: FeatureWeights.Task.allCases.map(\.rawValue), fallback: "stance")
            let task = FeatureWeights.Task(rawValue: taskName) ?? .stance
            let folds = Int(try LexiconEvalCommand.number(arguments, "folds", fallback: 5))
            guard folds >= 2 else { throw UsageError(message: "--folds needs 2 or more") }
            let l2 = try LexiconEvalCommand.number(arguments, "l2", fallback: 0.01)
            let balance = try LexiconEvalCommand.number(arguments, "balance", fallback: 0.8)
            guard balance <= 1 else { throw UsageError(message: "--balance needs a number in [0, 1]") }
            let minimumCount = max(1, Int(try LexiconEvalCommand.number(arguments, "min-count", fallback: 3)))
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
            let priorScale = try LexiconEvalCommand.number(arguments, "prior", fallback: task == .stance ? 3 : 0)
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
                do {
                    try Data(tsv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure(message: "\(output): cannot write the weights: \(error.localizedDescription)")
                }
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
