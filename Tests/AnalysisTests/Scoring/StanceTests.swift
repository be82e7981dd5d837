import Testing

@testable import Analysis

@Suite struct StanceTests {
    let analyzer = TestLexicon.analyzer

    func stance(_ text: String, parent: String = "The treaty was signed on Friday.") -> ReplyStance? {
        analyzer.analyze(text, context: .init(parentText: parent)).replyStance?.stance
    }

    @Test func noParentNoStance() {
        #expect(analyzer.analyze("yeah").replyStance == nil)
    }

    @Test func cuesDecide() {
        #expect(stance("Yeah, they will") == .support)
        #expect(stance("That is wrong.") == .deny)
        #expect(stance("not true at all") == .deny)
        #expect(stance("source?") == .query)
        #expect(stance("It rained on Friday.") == .comment)
    }

    @Test func negatedCuesFlip() {
        #expect(stance("I don't agree") == .deny)
    }

    @Test func questions() {
        #expect(stance("When was it signed?") == .query)
        #expect(stance("Are you talking about the other one? pretty sure it was later") == .deny)
        // A rhetorical question is not a denial by itself (on real replies that rule was right 14 % of the time).
        #expect(stance("Are you sure? It says Friday here in the report.") == .comment)
    }

    @Test func attackingTheParentIsNotByItselfDenial() {
        // Measured on real replies, "an attack on the participant means deny" was right 14 % of the time.
        #expect(stance("you are an idiot") == .comment)
        #expect(stance("you are an idiot, that is wrong") == .deny)
    }

    @Test func butShiftsStance() {
        #expect(stance("Yeah but that is wrong") == .deny)
    }
}

@Suite struct TargetStanceTests {
    let analyzer = TestLexicon.analyzer

    func stance(_ text: String, _ target: String) -> TargetStance? {
        analyzer.analyze(text, context: .init(targets: [target])).targetStances.first?.stance
    }

    @Test func evaluativeWordsNearTheTarget() {
        #expect(stance("Iran is evil", "Iran") == .against)
        #expect(stance("the Iranian deal is great", "Iran") == .favour)
        #expect(stance("Iran is not evil", "Iran") == .favour)
        #expect(stance("Iran signed. The weather is great.", "Iran") == TargetStance.none)
        #expect(stance("Nothing about it here", "Iran") == TargetStance.none)
    }

    @Test func incivilityNearTheTargetIsAgainst() {
        #expect(stance("Putin is a liar", "Vladimir Putin") == .against)
    }

    @Test func mainTargetsOfAThread() {
        let names = MainTargets.find(
            title: "Atlantis and Lemuria sign a pact",
            openingPost:
                "Atlantis will meet Lemuria on Friday. The Atlantean envoy Mara Quill said Atlantis wants peace. Quill signed it. Lemuria agreed."
        )
        #expect(names.prefix(2) == ["Atlantis", "Lemuria"])
        #expect(names.contains("Mara Quill"))
        #expect(!names.contains("The"))
    }
}
