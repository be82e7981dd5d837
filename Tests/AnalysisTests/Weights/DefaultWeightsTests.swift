import Foundation
import Lexicon
import Testing

@testable import Analysis

/// `Lexicons/weights/stance.tsv` and `incivility.tsv` must be what `Scripts/fit-default-weights.sh`
/// fits today from the shared dev sets with the lexicons of `Lexicons/`; skipped when `../shared`
/// is absent.
@Suite struct DefaultWeightsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let stanceData = packageRoot.appendingPathComponent("../shared/data/rumoureval2019-train.tsv")
        .standardizedFileURL
    static let incivilityData = packageRoot.appendingPathComponent("../shared/data/davidson-tweets.tsv")
        .standardizedFileURL

    @Test(.enabled(if: FileManager.default.fileExists(atPath: stanceData.path)))
    func defaultStanceWeightsAreFresh() throws {
        try Self.expectFresh(.stance, data: Self.stanceData, groupColumn: "thread_id")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: incivilityData.path)))
    func defaultIncivilityWeightsAreFresh() throws {
        try Self.expectFresh(.incivility, data: Self.incivilityData, groupColumn: nil)
    }

    /// Refits `task`'s weights on `data` with the parameters the committed file's notes record and
    /// expects the same weights.
    static func expectFresh(_ task: FeatureWeights.Task, data: URL, groupColumn: String?) throws {
        let lexicons = try LexiconBundle.load(directory: packageRoot.appendingPathComponent("Lexicons").path)
        let committed = try #require(lexicons.file(task.path)?.text)
        let recorded = try #require(parameters(in: committed), "the weights file's notes name no parameters")
        let set = try ClassLabeledSet(
            lines: ByteLineReader(path: data.path), file: data.path, task: task, groupColumn: groupColumn)
        let analyzer = try Analyzer(lexicons: lexicons)
        let features = set.examples.map { analyzer.features($0.text, parent: $0.parent, task: task) }
        var fitter = WeightFitter(
            task: task, l2: recorded.l2, minimumCount: recorded.minimumCount, balance: recorded.balance)
        if task == .stance { fitter.prior = WeightFitter.stancePrior(analyzer.lexicon, scale: recorded.prior) }
        let (weights, _) = fitter.fit(features: features, labels: set.examples.map(\.label))
        #expect(
            weightLines(weights.tsv(notes: [])) == weightLines(committed),
            "Lexicons/\(task.path) is stale: run Scripts/fit-default-weights.sh, then regenerate the embedded lexicons"
        )
    }

    /// The lines after the header, without the notes.
    static func weightLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    }

    /// The L2, balance, prior and minimum count the notes record
    /// (`L2 0.01; balance 0.8; prior 3.0; features in at least 3 texts`).
    static func parameters(in text: String) -> (l2: Double, balance: Double, prior: Double, minimumCount: Int)? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains("; L2 ") }) else { return nil }
        func after(_ marker: String) -> Substring? {
            guard let range = line.range(of: marker) else { return nil }
            return line[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        }
        guard let l2 = after("L2 ").flatMap({ Double($0) }), let balance = after("balance ").flatMap({ Double($0) }),
            let prior = after("prior ").flatMap({ Double($0) }), let count = after("at least ").flatMap({ Int($0) })
        else { return nil }
        return (l2, balance, prior, count)
    }
}
