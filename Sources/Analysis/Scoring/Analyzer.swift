import Lexicon
import ThreadModel

/// Scores a text's incivility, its stance toward the post it replies to, and its stance toward
/// named targets, from the analysis lexicons and a few rules in the manner of VADER.
///
/// Build one analyzer and reuse it: building compiles the lexicons; `analyze` is then a linear
/// scan over the text's bytes and is safe to call from many threads at once.
public struct Analyzer: Sendable {
    /// The lexicons in force.
    public let lexicon: AnalysisLexicon
    let index: LexiconIndex
    let categoryWeights: [String: Double]

    /// Loads and compiles the analysis lexicons of `lexicons`.
    /// - Throws: the first malformed lexicon line, as `file:line: what is wrong`.
    public init(lexicons: LexiconBundle) throws(LexiconError) {
        self.init(lexicon: try AnalysisLexicon(bundle: lexicons))
    }

    /// Compiles `lexicon`.
    public init(lexicon: AnalysisLexicon) {
        self.lexicon = lexicon
        index = LexiconIndex(lexicon)
        categoryWeights = Dictionary(
            lexicon.categories.map { ($0.name, $0.weight) }, uniquingKeysWith: { first, _ in first })
    }

    /// Analyzes `text`, a post's own words (quoted text removed).
    /// - Complexity: O(n) in the length of the text.
    public func analyze(_ text: String, context: AnalysisContext = .init()) -> TextAnalysis {
        var text = text
        return text.withUTF8 { bytes in
            let scan = TextScan(bytes: bytes, analyzer: self, context: context)
            let incivility = scan.incivility()
            let replyStance = context.parentText.map { _ in scan.replyStance(incivility: incivility) }
            let targetStances = context.targets.map { scan.targetStance(toward: $0) }
            return TextAnalysis(incivility: incivility.result, replyStance: replyStance, targetStances: targetStances)
        }
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
    let modifiers: [TermMatch]
    let mentions: [TargetMention]

    init(bytes: UnsafeBufferPointer<UInt8>, analyzer: Analyzer, context: AnalysisContext) {
        self.bytes = bytes
        self.analyzer = analyzer
        self.context = context
        text = TokenizedText(bytes, vocabulary: analyzer.index.vocabulary)
        layout = TextLayout(text, bytes: bytes)
        modifiers = analyzer.index.modifiers.matches(in: text)
        mentions = TargetMention.find(in: text, layout: layout, bytes: bytes, analyzer: analyzer, context: context)
    }

    /// The text of tokens `first..<end` as written.
    func span(_ first: Int, _ end: Int) -> (start: Int, end: Int, text: String) {
        let start = Int(text.tokens[first].start)
        let stop = Int(text.tokens[end - 1].end)
        return (start, stop, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
    }

    /// The modifier entry of `match`.
    func modifier(_ match: TermMatch) -> ModifierEntry {
        analyzer.lexicon.modifiers[match.entry]
    }

    /// The negator that cancels the cue at tokens `first..<end`, if any: a negator in the same clause
    /// ending fewer than its window of words before the cue.
    func negator(before first: Int) -> TermMatch? {
        modifiers.last { match in
            let entry = modifier(match)
            return entry.kind == .negator && match.end <= first && layout.clause[match.end - 1] == layout.clause[first]
                && layout.wordsBetween(end: match.end, start: first) < Int(entry.value)
        }
    }

    /// The contrast word ("but") in the sentence of token `token`, if any.
    func contrast(inSentenceOf token: Int) -> TermMatch? {
        modifiers.first { modifier($0).kind == .contrast && layout.sentence[$0.first] == layout.sentence[token] }
    }
}
