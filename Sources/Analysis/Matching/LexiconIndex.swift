import Foundation
import Lexicon

/// The analysis lexicons compiled for matching: one vocabulary of normalised words shared by a
/// trie per lexicon, built once per `Analyzer`.
struct LexiconIndex: Sendable {
    /// The normalised words of every term.
    private(set) var vocabulary = Vocabulary()
    /// The incivility terms.
    private(set) var incivility: TermTrie
    /// The modifier terms.
    private(set) var modifiers: TermTrie
    /// The target terms.
    private(set) var targets: TermTrie
    /// The stance cues.
    private(set) var stance: TermTrie
    /// The sentiment terms.
    private(set) var sentiment: TermTrie
    /// Each topic's terms, in the order of `AnalysisLexicon.topics`.
    private(set) var topics: [TermTrie]
    /// The first exact and prefix word ids that only topic lexicons use: their words are added to the
    /// vocabulary last, so a word known only to a topic (`Hillary`) still reads as a capitalised name.
    private(set) var firstTopicOnlyIDs: (exact: Int32, prefix: Int32)
    /// For each exact word id, how negative it is as a one-word sentiment term (0 when it is not
    /// one): read token by token for a text's tone, without a trie pass.
    private(set) var negativeTone: [Float]
    /// The words that have learned stance weights (`word:WORD` in `weights/stance.tsv`), in NFC:
    /// a reply's other words are no feature the weights read.
    private(set) var stanceWeightedWords = ByteStringTable()
    /// The learned incivility weights (`weights/incivility.tsv`) with every feature resolved to an id.
    private(set) var incivilityWeights: IncivilityFeatureTable?

    /// Compiles `lexicon`.
    init(_ lexicon: AnalysisLexicon) {
        var vocabulary = Vocabulary()
        let incivilityIDs = lexicon.incivility.map { Self.ids(of: $0.term, in: &vocabulary) }
        let modifierIDs = lexicon.modifiers.map { Self.ids(of: $0.term, in: &vocabulary) }
        let targetIDs = lexicon.targets.map { Self.ids(of: $0.term, in: &vocabulary) }
        let stanceIDs = lexicon.stance.map { Self.ids(of: $0.term, in: &vocabulary) }
        let sentimentIDs = lexicon.sentiment.map { Self.ids(of: $0.term, in: &vocabulary) }
        for entry in lexicon.incivility
        where entry.term.words.count == 1 && !entry.term.isPrefix && entry.category != "threat" {
            if let form = Self.baseForms(of: entry.term.description).first { vocabulary.addVariants(of: form) }
        }
        for entry in lexicon.spellings {
            let spelling = Self.baseForms(of: entry.spelling.description)
            let word = Self.baseForms(of: entry.reads.description)
            if spelling.count == 1, word.count == 1 { vocabulary.addReading(of: spelling[0], as: word[0]) }
        }
        firstTopicOnlyIDs = (Int32(vocabulary.exactCount), Int32(vocabulary.prefixCount) | Vocabulary.prefixBit)
        let topicIDs = lexicon.topics.map { topic in topic.entries.map { Self.ids(of: $0.term, in: &vocabulary) } }
        self.vocabulary = vocabulary
        incivility = TermTrie(terms: incivilityIDs, vocabulary: vocabulary)
        modifiers = TermTrie(terms: modifierIDs, vocabulary: vocabulary)
        targets = TermTrie(terms: targetIDs, vocabulary: vocabulary)
        stance = TermTrie(terms: stanceIDs, vocabulary: vocabulary)
        sentiment = TermTrie(terms: sentimentIDs, vocabulary: vocabulary)
        topics = topicIDs.map { TermTrie(terms: $0, vocabulary: vocabulary) }
        var negativeTone = [Float](repeating: 0, count: vocabulary.exactCount)
        for (entry, ids) in zip(lexicon.sentiment, sentimentIDs)
        where ids.count == 1 && ids[0] & Vocabulary.prefixBit == 0 && entry.weight < 0 {
            negativeTone[Int(ids[0])] = max(negativeTone[Int(ids[0])], Float(-entry.weight))
        }
        self.negativeTone = negativeTone
        for name in lexicon.weights[.stance]?.weights.keys ?? [:].keys where name.hasPrefix(StanceFeatureName.word) {
            var word = String(name.dropFirst(StanceFeatureName.word.count)).precomposedStringWithCanonicalMapping
            word.withUTF8 { _ = stanceWeightedWords.insert($0) }
        }
        incivilityWeights = lexicon.weights[.incivility].map(IncivilityFeatureTable.init)
    }

    /// Whether some lexicon other than a topic knows one of `token`'s forms.
    func isKnownOutsideTopics(_ token: Token, in text: TokenizedText) -> Bool {
        text.candidates(of: token).contains { id in
            id & Vocabulary.prefixBit == 0 ? id < firstTopicOnlyIDs.exact : id < firstTopicOnlyIDs.prefix
        }
    }

    /// Tokenizes `text` against the vocabulary.
    func tokenize(_ text: String) -> TokenizedText {
        var text = text
        let vocabulary = vocabulary
        return text.withUTF8 { TokenizedText($0, vocabulary: vocabulary) }
    }

    /// The vocabulary ids of `term`'s tokens, inserting new words: the term's words are tokenized
    /// like text (so `source?` is the word and the `?`) and taken in their base form.
    static func ids(of term: LexiconTerm, in vocabulary: inout Vocabulary) -> [Int32] {
        let forms = baseForms(of: term.words.joined(separator: " "))
        return forms.enumerated().map { offset, form in
            vocabulary.insert(form, isPrefix: term.isPrefix && offset == forms.count - 1)
        }
    }

    /// The base forms of the tokens of `text`, as the tokenizer and normaliser produce them.
    static func baseForms(of text: String) -> [[UInt8]] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = TokenizedText(bytes, vocabulary: .empty).tokens
            var normalizer = TokenNormalizer()
            return tokens.map { token in
                var base: [UInt8] = []
                let skip =
                    token.flags.contains(.mention) || (token.kind == .word && bytes[Int(token.start)] == ASCII.hash)
                    ? 1 : 0
                normalizer.forEachForm(
                    of: UnsafeBufferPointer(rebasing: bytes[Int(token.start) + skip..<Int(token.end)])
                ) { form, kind in
                    if kind == .base { base = Array(form) }
                }
                return base
            }
        }
    }
}
