import Testing

@testable import Analysis

/// A result lists the first `OmittedEvidence.listedPerName` pieces of each entry or rule and
/// counts the rest, so that a huge post's report stays bounded.
@Suite struct OmittedEvidenceTests {
    func piece(_ name: String, at start: Int, source: Evidence.Source = .entry) -> Evidence {
        Evidence(start: start, end: start + 1, text: name, source: source, name: name, contribution: 0.1)
    }

    @Test func theFirstPiecesOfEachNameStayInOrderAndTheRestAreCounted() {
        let limit = OmittedEvidence.listedPerName
        var evidence: [Evidence] = []
        for offset in 0..<limit + 7 {
            evidence.append(piece("idiot", at: 2 * offset))
            if offset < limit + 2 { evidence.append(piece("booster", at: 2 * offset + 1, source: .rule)) }
        }
        evidence.append(piece("idiot", at: 900, source: .rule))
        let original = evidence
        let omitted = OmittedEvidence.limit(&evidence)
        #expect(
            omitted == [
                OmittedEvidence(source: .entry, name: "idiot", count: 7),
                OmittedEvidence(source: .rule, name: "booster", count: 2),
            ])
        #expect(evidence.count == 2 * limit + 1)
        #expect(
            evidence.filter { $0.name == "idiot" && $0.source == .entry }
                == Array(original.filter { $0.name == "idiot" && $0.source == .entry }.prefix(limit)))
        #expect(evidence.last == piece("idiot", at: 900, source: .rule))
        #expect(zip(evidence, evidence.dropFirst()).allSatisfy { $0.start < $1.start })
    }

    @Test func aShortListIsKeptWhole() {
        var evidence = (0..<OmittedEvidence.listedPerName).map { piece("idiot", at: $0) }
        let original = evidence
        #expect(OmittedEvidence.limit(&evidence).isEmpty)
        #expect(evidence == original)
    }

    @Test func aLongTextIsScoredOnEveryHitButListsOnlyTheFirst() {
        let analyzer = TestLexicon.analyzer
        let repeats = OmittedEvidence.listedPerName + 30
        let long = analyzer.analyze(Array(repeating: "you idiot.", count: repeats).joined(separator: " ")).incivility
        let entries = long.evidence.filter { $0.source == .entry }
        #expect(entries.count == OmittedEvidence.listedPerName)
        #expect(long.omittedEvidence.first { $0.source == .entry }?.count == 30)
        let listed = analyzer.analyze(
            Array(repeating: "you idiot.", count: OmittedEvidence.listedPerName).joined(separator: " ")
        ).incivility
        #expect(listed.omittedEvidence.isEmpty)
        #expect(long.score >= listed.score)
    }
}
