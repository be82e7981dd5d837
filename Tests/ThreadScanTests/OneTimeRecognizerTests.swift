import Lexicon
import Testing

@testable import Analysis
@testable import PageParsing

/// Page parsing and the reply tree read times with one recogniser from one list (`times.tsv`):
/// this fails when the recogniser the parser recognises times with and the one the reply tree
/// reads latencies with disagree on a time phrase.
@Suite struct OneTimeRecognizerTests {
    static let parsing = PatternMatcher(vocabulary: try! PlatformLexicon(bundle: .defaults).vocabulary).time
    static let replyTree = ReplyTreeBuilder(vocabulary: try! ReplyTreeVocabulary(bundle: .defaults)).time

    @Test func bothReadTheSameList() {
        #expect(Self.parsing.vocabulary == Self.replyTree.vocabulary)
    }

    @Test(arguments: [
        "8 minutes ago", "an hour ago", "a minute ago", "yesterday", "Yesterday at 9:12 PM", "3h", "5h", "2d", "10min",
        "Just now", "2 hours ago", "two weeks ago", "3 days ago", "1 year ago", "• 2 hours ago", "(8 minutes ago)",
        "January 14", "Tue Jan 14, 2025 3:05 pm", "17 Jan 2025", "2024-01-15", "today", "now",
        "On 1/14/2025 at 3:05 AM",
    ])
    func parserAndReplyTreeAgree(_ phrase: String) {
        let bytes = Array(phrase.utf8)[...]
        #expect(Self.parsing.isTime(bytes))
        #expect(Self.replyTree.isTime(bytes))
        #expect(Self.parsing.secondsAgo(bytes) == Self.replyTree.secondsAgo(phrase))
    }

    @Test(arguments: ["8 minutes ago", "an hour ago", "yesterday", "3h", "Just now", "two weeks ago", "10min"])
    func everyAgeTheReplyTreeReadsIsATimeToTheParser(_ phrase: String) {
        #expect(Self.replyTree.secondsAgo(phrase) != nil)
        #expect(Self.parsing.isTime(Array(phrase.utf8)[...]))
    }
}
