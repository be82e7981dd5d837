import Lexicon
import ThreadModel

/// Scores a text's incivility, its stance toward the post it replies to, and its stance toward
/// named targets, from the analysis lexicons and a few rules in the manner of VADER.
///
/// Build one analyzer and reuse it: building compiles the lexicons; `analyze` is then a linear
/// scan over the text's bytes and is safe to call from many threads at once.
public struct Analyzer: Sendable {
    /// The compiled lexicons, shared by every copy of the analyzer: a text's scan holds one
    /// reference instead of copying every table.
    private final class Storage: Sendable {
        let lexicon: AnalysisLexicon
        let index: LexiconIndex
        /// Each category's weight, by name.
        let categoryWeights: [String: Double]
        /// The traits of each incivility entry, by its index.
        let cueTraits: [CueTraits]
        let names = BoundedCache<NameFinderKey, NameFinder>()
        let topics = BoundedCache<String, ResolvedTopic?>()
        let parents = ParentWordsCache()

        init(lexicon: AnalysisLexicon) {
            self.lexicon = lexicon
            index = LexiconIndex(lexicon)
            let categoryWeights = Dictionary(
                lexicon.categories.map { ($0.name, $0.weight) }, uniquingKeysWith: { first, _ in first })
            self.categoryWeights = categoryWeights
            cueTraits = lexicon.incivility.map { CueTraits($0, categoryWeights: categoryWeights) }
        }

        /// Tokenizes `bytes` against the vocabulary, borrowed from the immutable index in place:
        /// read through `Analyzer.index`, it is copied (a retain and release of each of its tables).
        func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
            TokenizedText(bytes, vocabulary: index.vocabulary)
        }

        /// `result` of `scan` ordered inside its band by the learned incivility weights, if the
        /// lexicons have them (`TextScan.weigh(_:table:)`), the table read in place like the vocabulary.
        func weigh(_ result: inout IncivilityResult, in scan: TextScan) {
            if let table = index.incivilityWeights { scan.weigh(&result, table: table) }
        }
    }

    private let storage: Storage

    // The tables are yielded in place, not returned: a copy of a struct of tables would retain
    // and release every table it holds, at each read of one entry.
    /// The lexicons in force.
    package var lexicon: AnalysisLexicon {
        @inline(__always) _read { yield storage.lexicon }
    }
    var index: LexiconIndex {
        @inline(__always) _read { yield storage.index }
    }
    var categoryWeights: [String: Double] {
        @inline(__always) _read { yield storage.categoryWeights }
    }
    var cueTraits: [CueTraits] {
        @inline(__always) _read { yield storage.cueTraits }
    }
    /// `bytes` tokenized against the vocabulary (see `Storage.tokenize(_:)`).
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        storage.tokenize(bytes)
    }

    /// `result` of `scan` ordered by the learned incivility weights (see `Storage.weigh(_:in:)`).
    func weigh(_ result: inout IncivilityResult, in scan: TextScan) {
        storage.weigh(&result, in: scan)
    }

    /// The finders of the names texts are searched for, prepared once per name.
    var names: BoundedCache<NameFinderKey, NameFinder> { storage.names }
    /// The topic each target name resolves to, resolved once per name.
    var topics: BoundedCache<String, ResolvedTopic?> { storage.topics }
    /// The words of the parents read last, for the replies' stance features.
    var parents: ParentWordsCache { storage.parents }

    /// Loads and compiles the analysis lexicons of `lexicons`.
    /// - Throws: the first malformed lexicon line, as `file:line: what is wrong`.
    public init(lexicons: LexiconBundle) throws(LexiconError) {
        self.init(lexicon: try AnalysisLexicon(bundle: lexicons))
    }

    /// Compiles `lexicon`.
    package init(lexicon: AnalysisLexicon) {
        storage = Storage(lexicon: lexicon)
    }

    /// Analyzes `text`, a post's own words (quoted text removed).
    /// - Complexity: O(n) in the length of the text.
    public func analyze(_ text: String, context: AnalysisContext = .init()) -> TextAnalysis {
        var text = text
        return text.withUTF8 { bytes in
            let scan = TextScan(bytes: bytes, analyzer: self, context: context)
            let incivility = scan.incivility()
            let replyStance = context.parentText.map {
                scan.replyStance(parent: $0, incivility: incivility, listedCues: context.listedReplyCues)
            }
            let targetStances = context.targets.map { scan.targetStance(toward: $0) }
            return TextAnalysis(incivility: incivility.result, replyStance: replyStance, targetStances: targetStances)
        }
    }

    /// The number of tokens (words and punctuation) `analyze` reads in `text`, for measuring
    /// tokens per second.
    package func tokenCount(of text: String) -> Int {
        index.tokenize(text).tokens.count
    }

    /// Analyzes a post's own words (`post.body`; its quotes are scored for the posts they come from).
    /// The authors it quotes count as participants.
    public func analyze(post: Post, context: AnalysisContext = .init()) -> TextAnalysis {
        var context = context
        for author in post.quotes.compactMap(\.author) where !context.participants.contains(author) {
            context.participants.append(author)
        }
        return analyze(post.body, context: context)
    }
}

/// One text being analyzed: its tokens, the lexicon terms found in it, and its layout.
struct TextScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let analyzer: Analyzer
    let context: AnalysisContext
    let text: TokenizedText
    let layout: TextLayout
    /// The word tokens by first byte, for finding participants' and targets' names (empty when
    /// the context names none).
    let initials: TokenInitials
    /// The content words, lowercased once for the weights' readers.
    let contentWords: ContentWords
    /// The modifier terms, in text order (they do not overlap).
    let modifiers: [TermMatch]
    /// The incivility terms, found once for the text's incivility and its stances.
    let incivilityMatches: [TermMatch]
    /// The sentiment terms, found once when the text has targets to take a stance on (their
    /// stances all read them); nil otherwise, and `sentimentMatches()` finds them on demand.
    private let sentimentWhenTargeted: [TermMatch]?
    /// The mentions of targets, in text order (they do not overlap).
    let mentions: [TargetMention]
    /// The first contrast word of each sentence that has one.
    let contrasts: [Int32: TermMatch]

    /// The most words a modifier can reach across (the largest negator window allowed).
    static let longestReach = 10

    init(bytes: UnsafeBufferPointer<UInt8>, analyzer: Analyzer, context: AnalysisContext) {
        self.bytes = bytes
        self.analyzer = analyzer
        self.context = context
        text = analyzer.tokenize(bytes)
        layout = TextLayout(text, bytes: bytes)
        let findsNames = !context.participants.isEmpty || context.parentAuthor != nil || !context.targets.isEmpty
        initials = findsNames ? TokenInitials(text, bytes: bytes) : .empty
        contentWords = ContentWords(text, bytes: bytes)
        modifiers = analyzer.index.modifiers.matches(in: text)
        incivilityMatches = analyzer.index.incivility.matches(in: text)
        sentimentWhenTargeted = context.targets.isEmpty ? nil : analyzer.index.sentiment.matches(in: text)
        mentions = TargetMention.find(
            in: text, layout: layout, bytes: bytes, initials: initials, analyzer: analyzer, context: context)
        var contrasts: [Int32: TermMatch] = [:]
        for match in modifiers where analyzer.lexicon.modifiers[match.entry].kind == .contrast {
            let sentence = layout.sentence[match.first]
            if contrasts[sentence] == nil { contrasts[sentence] = match }
        }
        self.contrasts = contrasts
    }

    /// The sentiment terms, in text order.
    func sentimentMatches() -> [TermMatch] {
        sentimentWhenTargeted ?? analyzer.index.sentiment.matches(in: text)
    }

    /// The text of tokens `first..<end` as written (empty when the context shows no evidence).
    func span(_ first: Int, _ end: Int) -> (start: Int, end: Int, text: String) {
        let start = Int(text.tokens[first].start)
        let stop = Int(text.tokens[end - 1].end)
        guard context.showsEvidence else { return (start, stop, "") }
        return (start, stop, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
    }

    /// The modifier entry of `match`.
    func modifier(_ match: TermMatch) -> ModifierEntry {
        analyzer.lexicon.modifiers[match.entry]
    }

    /// The modifiers that end before token `first` in its clause, nearest first, within
    /// `longestReach` words.
    /// - Complexity: O(log m + k) in the number of modifiers m and the k returned.
    func modifiers(before first: Int) -> [TermMatch] {
        var index = modifiers.partitioningIndex { $0.end > first } - 1
        var found: [TermMatch] = []
        while index >= 0 {
            let match = modifiers[index]
            guard layout.clause[match.end - 1] == layout.clause[first],
                layout.wordsBetween(end: match.end, start: first) < Self.longestReach
            else { break }
            found.append(match)
            index -= 1
        }
        return found
    }

    /// The negator that cancels the cue at tokens `first..<end`, if any: a negator in the same clause
    /// ending fewer than its window of words before the cue.
    func negator(before first: Int) -> TermMatch? {
        modifiers(before: first).first { match in
            let entry = modifier(match)
            return entry.kind == .negator && layout.wordsBetween(end: match.end, start: first) < Int(entry.value)
        }
    }

    /// The contrast word ("but") in the sentence of token `token`, if any.
    func contrast(inSentenceOf token: Int) -> TermMatch? {
        contrasts[layout.sentence[token]]
    }
}

extension Array {
    /// The first index whose element satisfies `belongsInSecondPartition`, which must be false for a
    /// prefix of the array and true for the rest.
    /// - Complexity: O(log n).
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsInSecondPartition(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
