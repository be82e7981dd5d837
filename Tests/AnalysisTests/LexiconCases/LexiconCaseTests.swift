import Foundation
import Lexicon
import Testing

@testable import Analysis

/// Every case of `Lexicons/tests/*.tsv`, in every variant, through the same runner as
/// `threadscan lexicon test`.
@Suite struct LexiconCaseTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lexicons").path
    static let bundle = try! LexiconBundle.load(directory: lexicons)
    static let runner = LexiconCaseRunner(analyzer: try! Analyzer(lexicons: bundle))
    static let loaded = LexiconCase.cases(in: bundle)

    @Test func everyCaseLineIsWellFormed() {
        #expect(Self.loaded.problems.map(\.description) == [])
        #expect(Self.loaded.cases.count >= 200)
    }

    @Test(arguments: loaded.cases)
    func asWritten(_ testCase: LexiconCase) {
        #expect(Self.runner.failures(of: testCase, in: .plain) == [])
    }

    @Test(arguments: loaded.cases.filter(\.variantsEnabled))
    func withAnEmojiPrefix(_ testCase: LexiconCase) {
        #expect(Self.runner.failures(of: testCase, in: .emojiPrefix) == [])
    }

    @Test(arguments: loaded.cases.filter(\.variantsEnabled))
    func inAllCaps(_ testCase: LexiconCase) {
        #expect(Self.runner.failures(of: testCase, in: .allCaps) == [])
    }

    @Test(arguments: loaded.cases.filter(\.variantsEnabled))
    func quotedByAReply(_ testCase: LexiconCase) {
        #expect(Self.runner.failures(of: testCase, in: .quoted) == [])
    }
}
