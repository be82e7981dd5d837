import Testing

@testable import PageParsing

/// Numbers read from adapter values: a `-` is a sign only where it cannot be part of a word.
@Suite struct AdapterValueTests {
    @Test(arguments: [
        ("-3", -3), ("score: -12 points", -12), ("#12", 12), ("1,204 points", 1204),
        ("comment-wrapper comment-depth-4 even", 4), ("comment-thread comment-depth-odd comment-depth-1", 1),
        ("b-tree-twig b-tree-twig-3", 3), ("depth-2", 2), ("(-5)", -5),
    ])
    func firstNumberTakesASignOnlyOutsideAWord(text: String, number: Int) {
        #expect(AdapterValue.firstNumber(text) == number)
    }
}
