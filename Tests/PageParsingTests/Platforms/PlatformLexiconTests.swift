import Lexicon
import Testing

@testable import PageParsing

@Suite struct PlatformLexiconTests {
    @Test func patternsParseIntoLiteralsAndSlots() throws {
        let pattern = try LinePattern("{time},  {author} Said:")
        #expect(
            pattern.pieces == [
                .slot(.time), .literal(Array(", ".utf8)), .slot(.author), .literal(Array(" said:".utf8)),
            ])
        #expect(pattern.leadingLiteral == nil)
        #expect(pattern.trailingLiteral == Array(" said:".utf8))
    }

    @Test func badPatternsAreRejected() {
        #expect(throws: LinePatternError.self) { try LinePattern("Posted {when}") }
        #expect(throws: LinePatternError.self) { try LinePattern("{author}{time}") }
        #expect(throws: LinePatternError.self) { try LinePattern("Posted {time") }
        #expect(throws: LinePatternError.self) { try LinePattern("") }
    }

    @Test func theDefaultProfilesLoad() throws {
        let lexicon = try PlatformLexicon(bundle: .defaults)
        #expect(Set(lexicon.profiles.map(\.name)).isSuperset(of: ["invision", "news", "phpbb", "xenforo"]))
        #expect(lexicon.profile(named: "news")?.settings.article == true)
        #expect(lexicon.profile(named: "invision")?.settings.authorBefore == true)
        #expect(lexicon.vocabulary.reactions.contains(Array("thumbs up".utf8)))
        #expect(lexicon.vocabulary.attachmentExtensions.contains(Array("png".utf8)))
        #expect(lexicon.profile(named: "invision")?.rules(.signature).isEmpty == false)
    }

    @Test func malformedProfileLinesNameFileAndLine() {
        func error(_ text: String, path: String = "platforms/mine.tsv") -> String? {
            let bundle = LexiconBundle(files: [.init(path: path, origin: "Lexicons/" + path, text: text)])
            do {
                _ = try PlatformLexicon(bundle: bundle)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(
            error("kind\tpattern\tname\nheader\tPosted\n")?.hasPrefix(
                "Lexicons/platforms/mine.tsv:2: unknown kind 'header'") == true)
        #expect(
            error("kind\tpattern\tname\nsetting\tcolour\tblue\n")?.hasPrefix(
                "Lexicons/platforms/mine.tsv:2: unknown setting 'colour'") == true)
        #expect(
            error("name\tvalence\nLike\tglad\n", path: "reactions.tsv")?.hasPrefix(
                "Lexicons/reactions.tsv:2: unknown valence 'glad'") == true)
        #expect(error("") == "Lexicons/platforms/mine.tsv:1: empty file; expected a header line naming the columns")
    }
}
