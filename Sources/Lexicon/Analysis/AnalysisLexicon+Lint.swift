extension AnalysisLexicon {
    /// Every problem in the analysis lexicons of `bundle`: malformed lines, then duplicate terms,
    /// entries shadowed by a prefix entry of the same file kind (`idiots` by `idiot*`), and
    /// categories declared but never used; each as `file:line: what is wrong`.
    /// - Complexity: O(n log n + s) in the number of entries n and shadowing pairs s.
    package static func lint(_ bundle: LexiconBundle) -> [LexiconError] {
        let (lexicon, problems) = read(bundle)
        var findings = problems
        findings += duplicatesAndShadows(lexicon.incivility.map { ($0.term, $0.origin) })
        findings += duplicatesAndShadows(lexicon.modifiers.map { ($0.term, $0.origin) })
        findings += duplicatesAndShadows(lexicon.targets.map { ($0.term, $0.origin) })
        findings += duplicatesAndShadows(lexicon.stance.map { ($0.term, $0.origin) })
        findings += duplicatesAndShadows(lexicon.sentiment.map { ($0.term, $0.origin) })
        findings += duplicatesAndShadows(
            lexicon.spellings.map {
                (LexiconTerm(words: [$0.spelling.words[0], $0.reads.words[0]], isPrefix: false), $0.origin)
            })
        for topic in lexicon.topics { findings += topicDuplicatesAndShadows(topic) }
        findings += duplicatesAndShadows(
            lexicon.categories.map { (LexiconTerm(words: [$0.name], isPrefix: false), $0.origin) })
        let used = Set(lexicon.incivility.map(\.category))
        for category in lexicon.categories where !used.contains(category.name) && category.origin != "built in" {
            findings.append(error(at: category.origin, "category '\(category.name)' has no entries in incivility.tsv"))
        }
        return findings
    }

    /// A topic's duplicate terms, whatever their kinds, and its terms shadowed by a prefix entry of the
    /// same kind (`#berniebros` by `berniebro*`). A term shadowed by an entry of another kind is
    /// deliberate — `democratsdeliver` (a cue) is more specific than `democrat*` (a name) and wins.
    static func topicDuplicatesAndShadows(_ topic: TopicLexicon) -> [LexiconError] {
        var findings: [LexiconError] = []
        var firstOrigin: [LexiconTerm: String] = [:]
        for entry in topic.entries {
            if let first = firstOrigin[entry.term] {
                findings.append(error(at: entry.origin, "duplicate term '\(entry.term)' (first at \(first))"))
            } else {
                firstOrigin[entry.term] = entry.origin
            }
        }
        for kind in TopicEntry.Kind.allCases {
            let entries = topic.entries.filter { $0.kind == kind }.map { ($0.term, $0.origin) }
            findings += duplicatesAndShadows(entries).filter { !$0.description.contains(": duplicate term '") }
        }
        return findings
    }

    /// Duplicate and shadowed terms among `entries` (term, origin), reported at the later or shadowed entry.
    static func duplicatesAndShadows(_ entries: [(term: LexiconTerm, origin: String)]) -> [LexiconError] {
        var findings: [LexiconError] = []
        var firstOrigin: [LexiconTerm: String] = [:]
        var prefixesByHead: [String: [(term: LexiconTerm, origin: String)]] = [:]
        for entry in entries where entry.term.isPrefix {
            prefixesByHead[String(entry.term.words[0].prefix(1)), default: []].append(entry)
        }
        for entry in entries {
            if let first = firstOrigin[entry.term] {
                findings.append(error(at: entry.origin, "duplicate term '\(entry.term)' (first at \(first))"))
                continue
            }
            firstOrigin[entry.term] = entry.origin
            for candidate in prefixesByHead[String(entry.term.words[0].prefix(1)), default: []]
            where entry.term.isShadowed(by: candidate.term) {
                findings.append(
                    error(
                        at: entry.origin,
                        "term '\(entry.term)' is shadowed by '\(candidate.term)' at \(candidate.origin), which matches all it matches; the more specific entry wins, so check that both are needed and the weights agree"
                    )
                )
            }
        }
        return findings
    }

    private static func error(at origin: String, _ message: String) -> LexiconError {
        let (file, line) = split(origin: origin)
        return .malformed(file: file, line: line, message: message)
    }

    /// Splits `file:line` into its parts.
    static func split(origin: String) -> (file: String, line: Int) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]) else {
            return (origin, 1)
        }
        return (String(origin[..<colon]), line)
    }
}
