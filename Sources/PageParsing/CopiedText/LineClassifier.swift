import Lexicon

/// Works out the `LineFacts` of lines under one profile.
struct LineClassifier: Sendable {
    let profile: PlatformProfile
    let matcher: PatternMatcher
    /// The profile's rules, compiled and listed by the first byte of the lines they can match.
    private let rules: CompiledRules

    init(profile: PlatformProfile, matcher: PatternMatcher) {
        self.profile = profile
        self.matcher = matcher
        rules = CompiledRules(profile.rules)
    }

    /// The facts of line `line`, whose key is `key` (``SourceLines/key(_:)``). A blank line or one
    /// too long to be anything but text (no key) has none. The first matching rule of each kind
    /// is kept.
    func facts(line: Int, key: ArraySlice<UInt8>?) -> LineFacts {
        var facts = LineFacts()
        guard let key, let first = key.first else { return facts }
        var matchedKinds: UInt32 = 0
        for index in rules.candidates(firstByte: first) {
            let rule = rules.compiled[index]
            guard matchedKinds & rule.kindBit == 0, let captures = matcher.match(index, of: rules, key) else {
                continue
            }
            matchedKinds |= rule.kindBit
            facts.matches.append(RuleMatch(rule: rules.rules[index], line: line, captures: captures))
        }
        facts.isTime = matcher.time.isTime(key)
        facts.attachment = attachmentName(key)
        facts.isAuthorLike = !facts.isTime && facts.attachment == nil && AuthorName.isPlausible(key, maxWords: 3)
        return facts
    }

    /// The kind of the first post-header or `detect` rule the line with `key` matches, for detecting the
    /// platform cheaply: only the rules a line starting with its first byte can match are tried.
    func detectionKind(_ key: ArraySlice<UInt8>?) -> ProfileRule.Kind? {
        guard let key, let first = key.first else { return nil }
        for index in rules.detectionCandidates(firstByte: first) where matcher.match(index, of: rules, key) != nil {
            return rules.compiled[index].kind
        }
        return nil
    }

    /// The file name when `key` is an attached file: `photo.jpg`, optionally followed by its size.
    private func attachmentName(_ key: ArraySlice<UInt8>) -> String? {
        let nameEnd = key.firstIndex(of: 0x20) ?? key.endIndex
        guard nameEnd - key.startIndex <= 200, let dot = key[..<nameEnd].lastIndex(of: UInt8(ascii: ".")),
            dot > key.startIndex,
            nameEnd - dot - 1 >= 2, nameEnd - dot - 1 <= 5
        else { return nil }
        let fileExtension = key[(dot + 1)..<nameEnd].map(LinePattern.asciiLowercased)
        guard matcher.vocabulary.attachmentExtensions.contains(fileExtension) else { return nil }
        if nameEnd < key.endIndex {
            let rest = key[(nameEnd + 1)...].map(LinePattern.asciiLowercased)
            let sizeWords: [[UInt8]] = [Array("kb".utf8), Array("mb".utf8), Array("bytes".utf8), Array("views".utf8)]
            guard rest.count <= 40,
                sizeWords.contains(where: { word in rest.indices.contains { rest[$0...].starts(with: word) } })
            else {
                return nil
            }
        }
        return String(decoding: key[..<nameEnd], as: UTF8.self)
    }
}
