import Testing

@testable import Lexicon

@Suite struct AnalysisLexiconTests {
    static func bundle(_ files: [String: String]) -> LexiconBundle {
        LexiconBundle(texts: files)
    }

    static let categories = "category\tdescription\tweight\ninsult\tinsults\t1.0\nvulgarity\tprofanity\t0.8\n"

    @Test func loadsTypedEntries() throws {
        let lexicon = try AnalysisLexicon(
            bundle: Self.bundle([
                "categories.tsv": Self.categories,
                "incivility.tsv": "# insults\nterm\tweight\tcategory\nidiot*\t0.5\tinsult\n\nyou moron\t0.6\tinsult\n",
                "modifiers.tsv": "term\tkind\tvalue\nnot\tnegator\t3\na bit\tdampener\t0.6\n",
                "targets.tsv": "term\tkind\nyou\tparticipant\ngovernment\tthird-party\n",
                "stance.tsv": "cue\tweight\tstance\nsource?\t0.8\tquery\n",
                "sentiment.tsv": "term\tweight\nevil\t-0.8\n",
            ])
        )
        #expect(lexicon.incivility.map(\.term.description) == ["idiot*", "you moron"])
        #expect(lexicon.incivility[0].origin == "incivility.tsv:3")
        #expect(lexicon.incivility[1].term.words == ["you", "moron"])
        #expect(lexicon.modifiers[1].kind == .dampener)
        #expect(lexicon.targets[1].kind == .thirdParty)
        #expect(lexicon.stance[0].stance == .query)
        #expect(lexicon.sentiment[0].weight == -0.8)
        #expect(lexicon.categories.first { $0.name == "vulgarity" }?.weight == 0.8)
    }

    @Test func extraFilesOfAKindAddEntries() throws {
        let lexicon = try AnalysisLexicon(
            bundle: Self.bundle([
                "incivility.tsv": "term\tweight\tcategory\nidiot\t0.5\tinsult\n",
                "incivility-local.tsv": "term\tweight\tcategory\nnumpty\t0.3\tinsult\n",
            ])
        )
        #expect(lexicon.incivility.map(\.term.description) == ["idiot", "numpty"])
    }

    @Test(arguments: [
        (
            "term\tweight\tcategory\nidiot\t1.5\tinsult\n",
            "incivility.tsv:2: bad weight '1.5': expected a number in (0, 1]"
        ),
        ("term\tweight\tcategory\nidiot\tx\tinsult\n", "incivility.tsv:2: bad weight 'x': expected a number in (0, 1]"),
        (
            "term\tweight\tcategory\nidiot\t0.5\n",
            "incivility.tsv:2: expected 3 tab-separated fields (term, weight, category), found 2; is a tab missing?"
        ),
        (
            "term\tweight\tcategory\nidiot\t0.5\tinsolt\n",
            "incivility.tsv:2: unknown category 'insolt': expected one of insult, vulgarity"
        ),
        (
            "term\tweight\tcategory\nIdiot\t0.5\tinsult\n",
            "incivility.tsv:2: term 'Idiot' must be lowercase (matching ignores case)"
        ),
        (
            "term\tweight\tcategory\nid*ot\t0.5\tinsult\n",
            "incivility.tsv:2: term 'id*ot': '*' may only end the last word, after at least one letter"
        ),
        ("# nothing\n\n", "incivility.tsv:1: empty file; expected a header line naming the columns"),
        (
            "word\tweight\tcategory\n",
            "incivility.tsv:1: header must name the columns term, weight, category separated by tabs; found word, weight, category"
        ),
    ])
    func reportsMalformedLines(text: String, message: String) {
        let (_, problems) = AnalysisLexicon.read(
            Self.bundle(["categories.tsv": Self.categories, "incivility.tsv": text]))
        #expect(problems.map(\.description) == [message])
    }

    @Test func reportsEveryMalformedLineNotOnlyTheFirst() {
        let text = "term\tkind\tvalue\nnot\tnegator\t0.5\nvery\tbooster\t0.9\nhmm\tfiller\t1\nbut\tcontrast\t1.5\n"
        let (lexicon, problems) = AnalysisLexicon.read(Self.bundle(["modifiers.tsv": text]))
        #expect(
            problems.map(\.description) == [
                "modifiers.tsv:2: bad value '0.5': expected a window of 1 to 10 tokens",
                "modifiers.tsv:3: bad value '0.9': expected a multiplier above 1 and at most 3",
                "modifiers.tsv:4: unknown kind 'filler': expected one of negator, booster, dampener, contrast, prohibitive, self-reference, reported-speech, reported-violence, idea, address",
            ]
        )
        #expect(lexicon.modifiers.map(\.term.description) == ["but"])
        #expect(throws: LexiconError.self) { try AnalysisLexicon(bundle: Self.bundle(["modifiers.tsv": text])) }
    }

    @Test func lintFindsDuplicatesShadowsAndUnusedCategories() {
        let findings = AnalysisLexicon.lint(
            Self.bundle([
                "categories.tsv": Self.categories,
                "incivility.tsv":
                    "term\tweight\tcategory\nidiot*\t0.5\tinsult\nidiots\t0.4\tinsult\nidiot*\t0.5\tinsult\nidiom\t0.1\tinsult\n",
            ])
        ).map(\.description)
        #expect(
            findings.contains {
                $0.hasPrefix("incivility.tsv:3: term 'idiots' is shadowed by 'idiot*' at incivility.tsv:2")
            })
        #expect(findings.contains("incivility.tsv:4: duplicate term 'idiot*' (first at incivility.tsv:2)"))
        #expect(!findings.contains { $0.hasPrefix("incivility.tsv:5") })
        #expect(findings.contains("categories.tsv:3: category 'vulgarity' has no entries in incivility.tsv"))
    }

    @Test func shadowingNeedsTheSameLeadingWords() throws {
        let prefix = try LexiconTerm(parsing: "total idiot*")
        #expect(try LexiconTerm(parsing: "total idiots").isShadowed(by: prefix))
        #expect(!(try LexiconTerm(parsing: "idiots").isShadowed(by: prefix)))
        #expect(!(try LexiconTerm(parsing: "total idi").isShadowed(by: prefix)))
    }

    @Test func defaultLexiconsLoad() throws {
        let lexicon = try AnalysisLexicon(bundle: .defaults)
        #expect(!lexicon.incivility.isEmpty)
    }

    @Test func spellingsAndContextModifiersAreChecked() {
        let (lexicon, problems) = AnalysisLexicon.read(
            LexiconBundle(texts: [
                "spellings.tsv": "spelling\treads\nu\tyou\nur mom\tyour mom\n",
                "modifiers.tsv": "term\tkind\tvalue\ni'm\tself-reference\t0.2\nyou are\taddress\t1.5\n",
            ]))
        #expect(lexicon.spellings.map(\.reads.description) == ["you"])
        #expect(lexicon.modifiers.map(\.kind) == [.selfReference])
        #expect(
            problems.map(\.description) == [
                "modifiers.tsv:3: bad value '1.5': expected a multiplier in (0, 1)",
                "spellings.tsv:3: a spelling and its reading are one word each, without '*'",
            ])
    }
}
