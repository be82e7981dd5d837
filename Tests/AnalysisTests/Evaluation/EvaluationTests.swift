import Testing

@testable import Analysis

@Suite struct EvaluationTests {
    static let fixture = """
        # a small labeled fixture
        id\ttext\tlabel
        1\tyou are an idiot\t1
        2\tthe meeting is on Friday\t0
        3\twhat a silly idea\t1
        4\tsilly weather today\t0
        5\tthanks for the help\t0
        6\tcorrupt liars, all of them\t1

        """

    @Test func readsTheTextAndLabelColumns() throws {
        let set = try LabeledSet(file: "f.tsv", text: Self.fixture)
        #expect(set.examples.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(set.examples.map(\.isUncivil) == [true, false, true, false, false, true])
    }

    @Test(arguments: [
        (
            "text\tscore\nhi\t1\n",
            "f.tsv:1: header has no 'label' column (it names: text, score); use --column / --label to pick others"
        ),
        ("# only a comment\n", "f.tsv:1: empty input; expected a header naming 'text' and 'label'"),
    ])
    func aMissingHeaderNamesFileAndLine(text: String, message: String) {
        do {
            _ = try LabeledSet(file: "f.tsv", text: text)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func everyRowIsAnExampleOrSkippedWithItsReason() throws {
        let text =
            "\u{FEFF}# licence\n\nID\t Text \tLabel\r\n1\t#MeToo liar\t1\r2\thi\tyes\n\nshort\n3\t#1 fan\t0\r\n4\tlast\t1"
        let set = try LabeledSet(file: "f.tsv", text: text)
        #expect(set.examples.map(\.text) == ["#MeToo liar", "#1 fan", "last"])
        #expect(set.examples.map(\.line) == [4, 8, 9])
        #expect(
            set.skipped.map(\.description) == [
                "f.tsv:5: bad label 'yes': expected 1 (uncivil) or 0 (civil)",
                "f.tsv:6: blank row",
                "f.tsv:7: expected at least 3 tab-separated fields, found 1; is a tab missing?",
            ])
    }

    @Test func hashRowsAfterTheHeaderAreData() throws {
        let set = try LabeledSet(file: "f.tsv", text: "text\tlabel\n#MeToo liar\t1\n#1 fan\t0\n")
        #expect(set.examples.map(\.text) == ["#MeToo liar", "#1 fan"])
        #expect(set.examples.map(\.line) == [2, 3])
        #expect(set.skipped.isEmpty)
    }

    @Test func metricsOnTheFixture() throws {
        let evaluation = Evaluation(
            set: try LabeledSet(file: "f.tsv", text: Self.fixture), analyzer: TestLexicon.analyzer, minimumFired: 2)
        #expect(evaluation.uncivilCount == 3)
        // Scored: idiot (participant), silly ×2 (both 0.08, below the cut-off), corrupt+liar; the civil ones 0.
        #expect(evaluation.atCutoff.precision == 1)
        #expect(abs(evaluation.atCutoff.recall - 2.0 / 3) < 1e-9)
        #expect(evaluation.best.f1 >= evaluation.atCutoff.f1)
        // Positives rank above every negative except the tie between the two "silly" texts: AUC = 8.5 / 9.
        #expect(abs(evaluation.rocAUC - 8.5 / 9) < 1e-9)
        #expect(evaluation.falseNegatives(limit: 5).map(\.example.line) == [5])
        #expect(evaluation.entryPrecision.map(\.entry) == ["silly (incivility.tsv:5)"])
        #expect(evaluation.entryPrecision.first?.precision == 0.5)
    }

    @Test func rocAUCHandlesTies() {
        func scored(_ score: Double, _ label: Bool) -> Evaluation.Scored {
            Evaluation.Scored(example: .init(line: 1, text: "", isUncivil: label), score: score, entries: [])
        }
        #expect(Evaluation.rocAUC([scored(0.5, true), scored(0.5, false)]) == 0.5)
        #expect(Evaluation.rocAUC([scored(0.9, true), scored(0.1, false)]) == 1)
        #expect(Evaluation.rocAUC([scored(0.1, true), scored(0.9, false)]) == 0)
    }
}
