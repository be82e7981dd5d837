import Testing

@testable import Lexicon

@Suite struct TimeVocabularyTests {
    static let recognizer = TimeRecognizer(vocabulary: try! TimeVocabulary(bundle: .defaults))

    @Test(arguments: [
        ("8 minutes ago", 480), ("an hour ago", 3600), ("yesterday", 86400), ("3h", 10800), ("Just now", 0),
        ("posted 2 days ago", 172_800), ("two weeks ago", 1_209_600), ("10min", 600), ("5\u{A0}mins ago", 300),
        ("(8 minutes ago)", 480), ("Yesterday at 9:12 PM", 86400),
    ])
    func parsesRelativeTimes(_ text: String, _ seconds: Int) {
        #expect(Self.recognizer.secondsAgo(text) == seconds)
    }

    @Test(arguments: ["January 14", "3:05 pm", "2024-01-15", "14th", "3pm", "8 minutes", "now", ""])
    func absoluteOrIncompleteTimesHaveNoAge(_ text: String) {
        #expect(Self.recognizer.secondsAgo(text) == nil)
    }

    @Test func anUnknownRoleNamesFileAndLine() {
        let bundle = LexiconBundle(files: [
            .init(path: "times.tsv", origin: "times.tsv", text: "term\trole\tvalue\njan\tmonth\nfoo\tmnth\n")
        ])
        #expect(
            throws: LexiconError.malformed(file: "times.tsv", line: 3, message: TimeVocabulary.unknownRole("mnth"))
        ) { try TimeVocabulary(bundle: bundle) }
    }

    @Test func aUnitWithoutSecondsIsRejected() {
        let bundle = LexiconBundle(files: [
            .init(path: "times.tsv", origin: "times.tsv", text: "term\trole\tvalue\nfortnight\tunit\n")
        ])
        #expect(throws: LexiconError.malformed(file: "times.tsv", line: 2, message: TimeVocabulary.badValue(""))) {
            try TimeVocabulary(bundle: bundle)
        }
    }
}
