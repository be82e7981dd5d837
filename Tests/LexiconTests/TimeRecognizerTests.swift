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
            .init(path: "times.tsv", origin: "times.tsv", text: "term\trole\tvalue\njan\tmonth\t1\nfoo\tmnth\n")
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

    @Test func aMonthNeedsItsNumber() {
        let bundle = LexiconBundle(files: [
            .init(path: "times.tsv", origin: "times.tsv", text: "term\trole\tvalue\njan\tmonth\t13\n")
        ])
        #expect(throws: LexiconError.malformed(file: "times.tsv", line: 2, message: TimeVocabulary.badMonth("13"))) {
            try TimeVocabulary(bundle: bundle)
        }
    }

    @Test(arguments: [
        ("March 3, 2024, 08:15:00 AM", "2024-03-03T08:15:00"),
        ("Wed Apr 10, 2024 6:02 pm", "2024-04-10T18:02:00"),
        ("3 March 2024", "2024-03-03"),
        ("Jul 3rd, 2023 at 8:12pm UTC", "2023-07-03T20:12:00Z"),
        ("February 10, 2013, 09:14:27 AM", "2013-02-10T09:14:27"),
        ("May 14, 2026 · 10:15", "2026-05-14T10:15:00"),
        ("2024-05-11 21:04:17", "2024-05-11T21:04:17"),
    ])
    func readsShownDatesAsISO(_ shown: String, _ iso: String) {
        #expect(Self.recognizer.isoTime(shown) == iso)
    }

    @Test(arguments: [
        "8 minutes ago", "January 14", "Jan 12 at 8:05", "04-02-2024, 09:14 AM", "March 32, 2024", "March 3, 1850",
        "Last edited by bob on March 3, 2024", "March 3, 2024 13:00 pm", "yesterday at 8:15", "",
    ])
    func leavesOtherTimesWithoutISO(_ shown: String) {
        #expect(Self.recognizer.isoTime(shown) == nil)
    }
}
