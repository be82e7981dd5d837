import Foundation
import Lexicon
import Testing

@testable import Analysis

/// `Lexicons/weights/stance.tsv` must be what `Scripts/fit-default-weights.sh` fits today from the
/// shared dev set with the lexicons of `Lexicons/`; skipped when `../shared` is absent.
@Suite struct DefaultWeightsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let data = packageRoot.appendingPathComponent("../shared/data/rumoureval2019-train.tsv").standardizedFileURL

    @Test(.enabled(if: FileManager.default.fileExists(atPath: data.path)))
    func defaultStanceWeightsAreFresh() throws {
        let lexicons = try LexiconBundle.load(directory: Self.packageRoot.appendingPathComponent("Lexicons").path)
        let committed = try #require(lexicons.file(FeatureWeights.Task.stance.path)?.text)
        let parameters = try #require(Self.parameters(in: committed), "the weights file's notes name no parameters")
        let set = try ClassLabeledSet(
            lines: ByteLineReader(path: Self.data.path), file: Self.data.path, task: .stance, groupColumn: "thread_id")
        let analyzer = try Analyzer(lexicons: lexicons)
        let features = set.examples.map { analyzer.features($0.text, parent: $0.parent, task: .stance) }
        var fitter = WeightFitter(
            task: .stance, l2: parameters.l2, minimumCount: parameters.minimumCount, balance: parameters.balance)
        fitter.prior = WeightFitter.stancePrior(analyzer.lexicon, scale: parameters.prior)
        let (weights, _) = fitter.fit(features: features, labels: set.examples.map(\.label))
        #expect(
            Self.weightLines(weights.tsv(notes: [])) == Self.weightLines(committed),
            "Lexicons/weights/stance.tsv is stale: run Scripts/fit-default-weights.sh, then regenerate the embedded lexicons"
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
