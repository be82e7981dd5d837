import Lexicon

/// Works out the `LineFacts` of lines under one profile.
struct LineClassifier: Sendable {
    let profile: PlatformProfile
    let matcher: PatternMatcher
    private let rulesByKind: [(ProfileRule.Kind, [ProfileRule])]

    init(profile: PlatformProfile, matcher: PatternMatcher) {
        self.profile = profile
        self.matcher = matcher
        var grouped: [ProfileRule.Kind: [ProfileRule]] = [:]
        for rule in profile.rules { grouped[rule.kind, default: []].append(rule) }
        rulesByKind = ProfileRule.Kind.allCases.compactMap { kind in grouped[kind].map { (kind, $0) } }
    }

    /// The facts of `line`. A blank line or one too long to be anything but text has none.
    func facts(_ line: SourceLine) -> LineFacts {
        var facts = LineFacts()
        guard let key = line.key else { return facts }
        for (kind, rules) in rulesByKind {
            for rule in rules {
                if let captures = matcher.match(rule.pattern, key) {
                    var values: [LinePattern.Slot: String] = [:]
                    for capture in captures where values[capture.slot] == nil {
                        values[capture.slot] = String(decoding: key[capture.range], as: UTF8.self)
                    }
                    facts.matches[kind] = RuleMatch(rule: rule, values: values)
                    break
                }
            }
        }
        facts.isTime = matcher.time.isTime(key[...])
        facts.attachment = attachmentName(key)
        facts.isAuthorLike = !facts.isTime && facts.attachment == nil && AuthorName.isPlausible(key[...], maxWords: 3)
        return facts
    }

    /// Whether `line` matches a rule of `kind`, for detecting the platform cheaply.
    func matchesAny(of kinds: Set<ProfileRule.Kind>, _ line: SourceLine) -> ProfileRule.Kind? {
        guard let key = line.key else { return nil }
        for (kind, rules) in rulesByKind where kinds.contains(kind) {
            if rules.contains(where: { matcher.match($0.pattern, key) != nil }) { return kind }
        }
        return nil
    }

    /// The file name when `key` is an attached file: `photo.jpg`, optionally followed by its size.
    private func attachmentName(_ key: [UInt8]) -> String? {
        let words = key.split(separator: 0x20, maxSplits: 1)
        guard let name = words.first, name.count <= 200, let dot = name.lastIndex(of: UInt8(ascii: ".")),
            dot > name.startIndex
        else { return nil }
        let fileExtension = name[(dot + 1)...].map(LinePattern.asciiLowercased)
        guard matcher.vocabulary.attachmentExtensions.contains(fileExtension) else { return nil }
        if words.count == 2 {
            let rest = words[1].map(LinePattern.asciiLowercased)
            let sizeWords: [[UInt8]] = [Array("kb".utf8), Array("mb".utf8), Array("bytes".utf8), Array("views".utf8)]
            guard rest.count <= 40, sizeWords.contains(where: { PatternMatcher.find($0, in: rest, from: 0) != nil }) else {
                return nil
            }
        }
        return String(decoding: name, as: UTF8.self)
    }
}
