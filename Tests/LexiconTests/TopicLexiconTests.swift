import Testing

@testable import Lexicon

@Suite struct TopicLexiconTests {
    static let header = "term\tkind\tweight\n"

    static func read(_ topics: [String: String]) -> (AnalysisLexicon, [String]) {
        var files: [String: String] = [:]
        for (name, text) in topics { files["topics/\(name).tsv"] = text }
        let (lexicon, problems) = AnalysisLexicon.read(LexiconBundle(texts: files))
        return (lexicon, problems.map(\.description))
    }

    @Test func readsEveryKindInPathOrder() {
        let (lexicon, problems) = Self.read([
            "vaccines": Self.header + "vaccine*\tname\nanti-vax movement\topposite\nfauci\tside\t0.8\n"
                + "pfizer\trelated\t0.2\nvaccines save lives\tcue\t0.9\nhoax\tevaluative\t-0.8\n",
            "abortion": Self.header + "abortion\tname\n",
        ])
        #expect(problems.isEmpty)
        #expect(lexicon.topics.map(\.name) == ["abortion", "vaccines"])
        let vaccines = lexicon.topics[1]
        #expect(vaccines.entries.map(\.kind) == [.name, .opposite, .side, .related, .cue, .evaluative])
        #expect(vaccines.entries.map(\.weight) == [1, -1, 0.8, 0.2, 0.9, -0.8])
        #expect(vaccines.entries[0].term.isPrefix)
        #expect(vaccines.entries[4].origin == "topics/vaccines.tsv:6")
    }

    @Test func malformedLinesAreFileLineErrors() {
        let (_, problems) = Self.read([
            "guns": Self.header + "gun control\tname\t0.5\nnra\tfriend\t1\nmolon labe\tcue\t2\nGun Laws\tname\n"
                + "come and take it\tcue\n"
        ])
        #expect(
            problems == [
                "topics/guns.tsv:2: a name entry takes no weight; found '0.5'",
                "topics/guns.tsv:3: unknown kind 'friend': expected one of name, opposite, side, related, cue, evaluative",
                "topics/guns.tsv:4: bad weight '2': expected a number in [-1, 1], not 0 (positive: for the target)",
                "topics/guns.tsv:5: term 'Gun Laws' must be lowercase (matching ignores case)",
                "topics/guns.tsv:6: bad weight '': expected a number in [-1, 1], not 0 (positive: for the target)",
                "topics/guns.tsv:1: topic 'guns' has no name entry: a thread target can never resolve to it",
            ])
    }

    @Test func aWrongHeaderIsReported() {
        let (_, problems) = Self.read(["x": "term\tweight\nabc\t1\n"])
        #expect(problems.first?.hasPrefix("topics/x.tsv:1: header must name the columns term, kind, weight") == true)
    }

    @Test func lintFindsDuplicatesAcrossKindsAndShadowsWithinAKind() {
        let text =
            Self.header
            + "democrat*\tname\ndemocratsdeliver\tcue\t0.8\nlibtard*\tcue\t-0.9\nlibtards\tcue\t-0.9\ndems\tname\ndems\tside\t1\n"
        let findings = AnalysisLexicon.lint(LexiconBundle(texts: ["topics/democrats.tsv": text])).map(\.description)
        #expect(findings.contains("topics/democrats.tsv:7: duplicate term 'dems' (first at topics/democrats.tsv:6)"))
        #expect(findings.contains { $0.hasPrefix("topics/democrats.tsv:5: term 'libtards' is shadowed by 'libtard*'") })
        #expect(!findings.contains { $0.contains("'democratsdeliver' is shadowed") })
    }

    @Test func theDefaultTopicsAreClean() {
        let findings = AnalysisLexicon.lint(.defaults).map(\.description).filter { $0.contains("topics/") }
        #expect(findings.isEmpty)
        let topics = AnalysisLexicon.read(.defaults).lexicon.topics.map(\.name)
        for expected in [
            "abortion", "atheism", "climate-change", "feminism", "immigration", "gun-control", "vaccines",
            "lgbtq-rights", "israel", "ukraine", "donald-trump", "joe-biden", "republicans", "democrats",
        ] {
            #expect(topics.contains(expected))
        }
    }
}
