import Lexicon

/// Works out the `LineFacts` of lines under one profile.
struct LineClassifier: Sendable {
    let profile: PlatformProfile
    let matcher: PatternMatcher
    /// The rules a line starting with each byte (lowercased) can match: those whose pattern starts
    /// with a literal starting with that byte, and those starting with a slot; by kind, then in
    /// file order.
    private let rulesByFirstByte: [[ProfileRule]]
    /// The same for the rules that detect the platform (post headers and `detect` lines).
    private let detectionRulesByFirstByte: [[ProfileRule]]

    init(profile: PlatformProfile, matcher: PatternMatcher) {
        self.profile = profile
        self.matcher = matcher
        let ordered = ProfileRule.Kind.allCases.flatMap { kind in profile.rules.filter { $0.kind == kind } }
        var buckets = Array(repeating: [ProfileRule](), count: 256)
        for rule in ordered {
            if let first = rule.pattern.leadingLiteral?.first {
                buckets[Int(first)].append(rule)
            } else {
                for byte in buckets.indices { buckets[byte].append(rule) }
            }
        }
        rulesByFirstByte = buckets
        detectionRulesByFirstByte = buckets.map { rules in
            rules.filter { $0.kind == .postHeader || $0.kind == .detect }
        }
    }

    /// The facts of line `line`, whose key is `key` (``SourceLines/key(_:)``). A blank line or one
    /// too long to be anything but text (no key) has none.
    func facts(line: Int, key: ArraySlice<UInt8>?) -> LineFacts {
        var facts = LineFacts()
        guard let key, let first = key.first else { return facts }
        let rules = rulesByFirstByte[Int(LinePattern.asciiLowercased(first))]
        for index in rules.indices where facts[rules[index].kind] == nil {
            guard let captures = matcher.match(rules[index].pattern, key) else { continue }
            facts.matches.append(
                RuleMatch(rule: rules[index], line: line, keyStart: key.startIndex, captures: captures))
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
        for rule in detectionRulesByFirstByte[Int(LinePattern.asciiLowercased(first))]
        where matcher.match(rule.pattern, key) != nil {
            return rule.kind
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
            guard rest.count <= 40, sizeWords.contains(where: { PatternMatcher.find($0, in: rest[...], from: 0) != nil })
            else {
                return nil
            }
        }
        return String(decoding: key[..<nameEnd], as: UTF8.self)
    }
}
