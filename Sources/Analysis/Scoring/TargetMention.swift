import Lexicon

/// A mention of someone a remark can be aimed at: a target word, an @mention, a participant's
/// name, or a capitalised name (a public figure, a country, an organisation).
struct TargetMention: Hashable {
    /// The first token of the mention.
    var first: Int
    /// One past the last token.
    var end: Int
    /// Whom it names.
    var kind: TargetKind
    /// The rule or entry that found it (`targets.tsv:3`, `@mention`, `participant name`, `capitalised name`).
    var origin: String

    /// Every mention in `text`, in text order. A later source never overrides tokens an earlier one
    /// covers: target words, then @mentions, then participant names, then capitalised names.
    static func find(
        in text: TokenizedText, layout: TextLayout, bytes: UnsafeBufferPointer<UInt8>, initials: TokenInitials,
        analyzer: Analyzer, context: AnalysisContext
    ) -> [TargetMention] {
        var found: [TargetMention] = []
        // Which tokens a mention covers, on the stack for a text of usual length (one allocation less per text).
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: text.tokens.count) { covered in
            covered.initialize(repeating: false)
            func add(_ mention: TargetMention) {
                guard !covered[mention.first..<mention.end].contains(true) else { return }
                for index in mention.first..<mention.end { covered[index] = true }
                found.append(mention)
            }
            for match in analyzer.index.targets.matches(in: text) {
                let entry = analyzer.lexicon.targets[match.entry]
                add(
                    TargetMention(
                        first: match.first, end: match.end, kind: TargetKind(entry.kind), origin: entry.origin))
            }
            for (offset, token) in text.tokens.enumerated() where token.flags.contains(.mention) {
                add(TargetMention(first: offset, end: offset + 1, kind: .participant, origin: "@mention"))
            }
            func addParticipant(_ name: String) {
                for range in analyzer.names.finder(name, allowSuffix: false).occurrences(
                    in: text, bytes: bytes, initials: initials)
                {
                    add(
                        TargetMention(
                            first: range.lowerBound, end: range.upperBound, kind: .participant,
                            origin: "participant name"))
                }
            }
            for name in context.participants { addParticipant(name) }
            if let author = context.parentAuthor { addParticipant(author) }
            for name in context.targets {
                for range in analyzer.names.finder(name, allowSuffix: true, everyWord: true).occurrences(
                    in: text, bytes: bytes, initials: initials)
                {
                    add(
                        TargetMention(
                            first: range.lowerBound, end: range.upperBound, kind: .thirdParty, origin: "target name"))
                }
            }
            if !text.isAllCaps {
                var index = 0
                let tokens = text.tokens
                while index < tokens.count {
                    let startsSentence = index == 0 || layout.sentence[index - 1] != layout.sentence[index]
                    guard Self.isName(tokens[index], in: text, index: analyzer.index), !startsSentence, !covered[index]
                    else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while end < tokens.count, Self.isName(tokens[end], in: text, index: analyzer.index), !covered[end],
                        layout.clause[end] == layout.clause[index]
                    {
                        end += 1
                    }
                    add(TargetMention(first: index, end: end, kind: .thirdParty, origin: "capitalised name"))
                    index = end
                }
            }
        }
        // Mentions do not overlap, so no two start at one token: found in order, they are sorted.
        let inOrder = zip(found, found.dropFirst()).allSatisfy { $0.first < $1.first }
        return inOrder ? found : found.sorted { $0.first < $1.first }
    }

    /// Whether `token` looks like a name: a capitalised word of two or more characters that no
    /// lexicon knows (but a topic may), and if it is in capitals, short like an acronym (`UK`,
    /// `NATO`), not shouting.
    private static func isName(_ token: Token, in text: TokenizedText, index: LexiconIndex) -> Bool {
        let length = token.end - token.start
        return token.kind == .word && token.flags.contains(.capitalized) && length >= 2
            && !index.isKnownOutsideTopics(token, in: text)
            && !token.flags.contains(.mention) && (!token.flags.contains(.allCaps) || length <= 4)
    }
}

extension TargetKind {
    /// The kind a target lexicon entry names.
    init(_ kind: TargetEntry.Kind) {
        switch kind {
        case .participant: self = .participant
        case .group: self = .group
        case .thirdParty: self = .thirdParty
        }
    }

    /// The order of preference when two mentions are equally near: participant first.
    var rank: Int {
        switch self {
        case .participant: 0
        case .group: 1
        case .thirdParty: 2
        }
    }
}
