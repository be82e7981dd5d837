import Lexicon
import Testing

@testable import Serve

@Suite struct CalibrationTests {
    private func calibration(_ rows: String) throws(LexiconError) -> Calibration {
        try Calibration(bundle: LexiconBundle(texts: ["calibration.tsv": "score\tprobability\n" + rows]))
    }

    @Test func interpolatesBetweenKnotsAndIsFlatBeyondThem() throws {
        let map = try calibration("0.2\t0.1\n0.6\t0.5\n0.8\t0.9\n")
        #expect(map.probability(0) == 0.1)
        #expect(map.probability(0.2) == 0.1)
        #expect(abs(map.probability(0.4) - 0.3) < 1e-12)
        #expect(abs(map.probability(0.7) - 0.7) < 1e-12)
        #expect(map.probability(1) == 0.9)
    }

    @Test func theCommittedCalibrationIsMonotoneAndSeparatesCivilFromUncivil() throws {
        let map = try Calibration(bundle: .defaults)
        var last = -1.0
        for step in 0...1000 {
            let value = map.probability(Double(step) / 1000)
            #expect(value >= last && (0...1).contains(value))
            last = value
        }
        #expect(map.probability(0) < 0.1)
        #expect(map.probability(0.9) > 0.8)
    }

    @Test(arguments: [
        ("0.5\t0.5\n0.4\t0.6\n", 3), ("0.1\t0.5\n0.4\t0.4\n", 3), ("0.1\tx\n0.2\t0.3\n", 2), ("0.1\t1.5\n", 2),
        ("0.1\t0.5\n", 1),
    ])
    func rejectsKnotsThatAreNotAMonotoneMap(rows: String, line: Int) {
        #expect {
            try calibration(rows)
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("calibration.tsv:\(line): ") == true
        }
    }
}
