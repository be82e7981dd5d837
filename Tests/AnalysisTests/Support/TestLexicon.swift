import Lexicon

@testable import Analysis

/// A small lexicon written in the tests, so that rule tests do not depend on the tuned defaults.
enum TestLexicon {
    static let files: [String: String] = [
        "incivility.tsv": """
        term\tweight\tcategory
        idiot*\t0.5\tinsult
        idiots\t0.55\tinsult
        stupid\t0.45\tinsult
        silly\t0.1\tinsult
        fuck*\t0.4\tvulgarity
        shit\t0.35\tvulgarity
        ass\t0.3\tvulgarity
        dick\t0.3\tvulgarity
        cock\t0.3\tvulgarity
        rapist\t0.5\tinsult
        hell\t0.1\tvulgarity
        liar*\t0.5\tlying
        you're lying\t0.6\tlying
        corrupt\t0.3\taspersion
        drivel\t0.3\tpejorative-speech
        vermin\t0.7\tdehumanisation
        i will kill you\t0.9\tthreat
        so stupid\t0.5\tinsult

        """,
        "modifiers.tsv": """
        term\tkind\tvalue
        not\tnegator\t3
        no\tnegator\t1
        don't\tnegator\t3
        total\tbooster\t1.3
        complete\tbooster\t1.3
        a bit\tdampener\t0.6
        but\tcontrast\t1.5

        """,
        "targets.tsv": """
        term\tkind
        you\tparticipant
        your\tparticipant
        you're\tparticipant
        immigrants\tgroup
        government\tthird-party
        they\tthird-party
        leaders\tthird-party

        """,
        "stance.tsv": """
        cue\tweight\tstance
        yeah\t0.6\tsupport
        agree\t0.6\tsupport
        wrong\t0.5\tdeny
        not true\t0.7\tdeny
        pretty sure\t0.4\tdeny
        source?\t0.8\tquery

        """,
        "sentiment.tsv": """
        term\tweight
        great\t0.6
        evil\t-0.8
        support\t0.4

        """,
    ]

    static var bundle: LexiconBundle {
        LexiconBundle(texts: files)
    }

    static let analyzer: Analyzer = try! Analyzer(lexicons: bundle)

    /// The entry terms that fired on `text`.
    static func terms(_ text: String) -> [String] {
        analyzer.analyze(text).incivility.evidence.filter { $0.source == .entry }.map(\.name)
    }
}
