import Foundation
import TestSupport
import Testing

@testable import Lexicon

@Suite struct FeatureWeightsTests {
    func read(_ text: String) throws(LexiconError) -> FeatureWeights {
        try FeatureWeights(task: .stance, file: "w.tsv", text: text)
    }

    func message(_ text: String) -> String {
        do {
            _ = try read(text)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func readsWeightsPerClassWithOrigins() throws {
        let weights = try read(
            "# notes\n\nfeature\tclass\tweight\nbias\tcomment\t1.5\ncue:yeah\tsupport\t0.25\ncue:yeah\tdeny\t-0.5\n")
        #expect(weights.weights(of: "bias") == [0, 0, 0, 1.5])
        #expect(weights.weights(of: "cue:yeah") == [0.25, -0.5, 0, 0])
        #expect(weights.origins["cue:yeah"] == "w.tsv:5")
        #expect(weights.weights(of: "cue:nope") == nil)
        let later = try read("feature\tclass\tweight\ncue:no\tcomment\t1\ncue:no\tsupport\t2\n")
        #expect(later.weights(of: "cue:no") == [2, 0, 0, 1])
        #expect(later.origins["cue:no"] == "w.tsv:2", "the first line naming a feature is its origin, whatever its class")
    }

    @Test func malformedLinesNameFileAndLine() {
        let header = "feature\tclass\tweight\n"
        #expect(
            message(header + "bias\tcomment\n")
                == "w.tsv:2: expected 3 tab-separated fields (feature, class, weight); is a tab missing?")
        #expect(
            message(header + "bias\tneutral\t1\n").hasPrefix(
                "w.tsv:2: unknown class 'neutral' for stance weights: expected one of support, deny, query, comment"))
        #expect(message(header + "bias\tcomment\tlots\n") == "w.tsv:2: bad weight 'lots': expected a number")
        #expect(message(header + "bias\tcomment\tnan\n") == "w.tsv:2: bad weight 'nan': expected a number")
        #expect(
            message(header + "bias\tcomment\t1\n\nbias\tcomment\t2\n")
                == "w.tsv:4: 'bias' has a comment weight already, on line 2")
        #expect(
            message("# only notes\nfeature\tweight\n").hasPrefix(
                "w.tsv:2: header must name the columns feature, class, weight"))
        #expect(message("") == "w.tsv:1: empty file; expected a header line naming the columns")
    }

    @Test func writesFixedNumbersInByteOrderAndReadsThemBack() throws {
        let weights = FeatureWeights(
            task: .stance,
            weights: ["word:b": [0.1234564, 0, 0, -2], "bias": [0, 0, 0, 1], "cue:a": [0.0000004, 1e-9, 0, 0]])
        let text = weights.tsv(notes: ["fitted in a test"])
        #expect(
            text
                == "# fitted in a test\nfeature\tclass\tweight\nbias\tcomment\t1.000000\nword:b\tsupport\t0.123456\nword:b\tcomment\t-2.000000\n"
        )
        #expect(try read(text).tsv(notes: ["fitted in a test"]) == text)
        #expect(FeatureWeights.fixed(-0.0000004) == "0.000000")
        #expect(FeatureWeights.fixed(12.5) == "12.500000")
    }

    @Test func theLexiconReadsItsWeightsFileAndReportsItsProblems() {
        let good = LexiconBundle(texts: ["weights/stance.tsv": "feature\tclass\tweight\nbias\tcomment\t1\n"])
        #expect(AnalysisLexicon.read(good).lexicon.weights[.stance]?.weights(of: "bias") == [0, 0, 0, 1])
        let bad = LexiconBundle(texts: ["weights/incivility.tsv": "feature\tclass\tweight\nbias\tdeny\t1\n"])
        #expect(
            AnalysisLexicon.read(bad).problems.map(\.description).contains {
                $0.hasPrefix("weights/incivility.tsv:2: unknown class 'deny'")
            })
    }

    /// A weight is read as `Double(String)` reads it, to the last bit: plain decimals by the
    /// integer-over-power-of-ten path (random ones of up to 15 digits, the six-decimal form the
    /// writer uses, signs, a leading or trailing point), any other spelling through the standard library.
    @Test func weightsReadAsTheStandardLibraryReadsThem() {
        var random = SplitMix64(seed: 11)
        var spellings = [
            "0", "-0", "-0.000000", "1.", ".5", "-.5", "007", "1e-3", "1E5", "+1", "inf", "nan", "0x1p3", "-", ".",
            "1.2.3", "--1", "12a", "999999999999999", "9999999999999999", "0.1234567890123456", "",
        ]
        for _ in 0..<3000 {
            let digits = 1 + Int(random.next() % 15)
            let point = Int(random.next() % UInt64(digits + 1))
            var text = random.next() % 2 == 0 ? "-" : ""
            for index in 0..<digits {
                if index == point { text += "." }
                text += String(random.next() % 10)
            }
            spellings.append(text)
            spellings.append(String(format: "%.6f", Double(Int64(random.next() % 2_000_000)) / 1e6 - 1))
        }
        for text in spellings {
            let read = FeatureWeights.number(Array(text.utf8)[...])
            #expect(read?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }
}
