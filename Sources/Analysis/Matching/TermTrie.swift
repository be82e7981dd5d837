/// The terms of one lexicon as a trie over vocabulary ids: one edge per word, the last word of a
/// `*` term on a prefix id. Finds the leftmost-longest terms in a tokenized text.
struct TermTrie: Sendable {
    /// The trie's tables, in one object: each text's look-up copies the trie, and a copy retains
    /// one reference instead of every table.
    private final class Tables: Sendable {
        let rootExact: [Int32]
        let rootPrefix: [Int32]
        let edges: TrieEdgeTable
        /// Per node: the entry ending there, or -1.
        let entries: [Int32]
        /// Per node: whether any edge leaves it.
        let hasChildren: [Bool]
        /// Per node: how specific the edge into it is (an exact word beats any prefix word; a
        /// longer prefix word beats a shorter one).
        let specificity: [Int32]

        init(
            rootExact: [Int32], rootPrefix: [Int32], edges: TrieEdgeTable, entries: [Int32], hasChildren: [Bool],
            specificity: [Int32]
        ) {
            self.rootExact = rootExact
            self.rootPrefix = rootPrefix
            self.edges = edges
            self.entries = entries
            self.hasChildren = hasChildren
            self.specificity = specificity
        }

        @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32? {
            TermTrie.child(node, id, rootExact: rootExact, rootPrefix: rootPrefix, edges: edges)
        }
    }

    private let tables: Tables

    /// Builds the trie of `terms` (each a sequence of vocabulary ids); a later duplicate term keeps
    /// the first entry.
    init(terms: [[Int32]], vocabulary: Vocabulary) {
        var rootExact = [Int32](repeating: -1, count: vocabulary.exactCount)
        var rootPrefix = [Int32](repeating: -1, count: vocabulary.prefixCount)
        var edges = TrieEdgeTable()
        var entries: [Int32] = [-1]
        var hasChildren = [false]
        var specificity: [Int32] = [0]
        for (entry, ids) in terms.enumerated() where !ids.isEmpty {
            var node: Int32 = 0
            for id in ids {
                if let child = Self.child(node, id, rootExact: rootExact, rootPrefix: rootPrefix, edges: edges) {
                    node = child
                    continue
                }
                let child = Int32(entries.count)
                entries.append(-1)
                hasChildren.append(false)
                specificity.append(id & Vocabulary.prefixBit != 0 ? Int32(vocabulary.word(id).count) : Int32.max)
                hasChildren[Int(node)] = true
                if node == 0 {
                    if id & Vocabulary.prefixBit != 0 {
                        rootPrefix[Int(id & ~Vocabulary.prefixBit)] = child
                    } else {
                        rootExact[Int(id)] = child
                    }
                } else {
                    edges.insert(Self.key(node, id), child: child)
                }
                node = child
            }
            if entries[Int(node)] < 0 { entries[Int(node)] = Int32(entry) }
        }
        tables = Tables(
            rootExact: rootExact, rootPrefix: rootPrefix, edges: edges, entries: entries, hasChildren: hasChildren,
            specificity: specificity)
    }

    @inline(__always) private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    /// The node reached from `node` on `id`, if an edge leads there.
    @inline(__always) private static func child(
        _ node: Int32, _ id: Int32, rootExact: [Int32], rootPrefix: [Int32], edges: TrieEdgeTable
    ) -> Int32? {
        if node == 0 {
            let child =
                id & Vocabulary.prefixBit != 0 ? rootPrefix[Int(id & ~Vocabulary.prefixBit)] : rootExact[Int(id)]
            return child >= 0 ? child : nil
        }
        return edges.child(of: key(node, id))
    }

    /// The leftmost-longest, non-overlapping terms in `text`; of two terms covering the same tokens,
    /// the more specific wins: an exact last word over a prefix, a longer prefix over a shorter one.
    /// - Complexity: O(n·k) in the number of tokens n and the longest term k.
    func matches(in text: TokenizedText) -> [TermMatch] {
        var found: [TermMatch] = []
        let tables = tables
        text.tokens.withUnsafeBufferPointer { tokens in
            text.candidates.withUnsafeBufferPointer { candidates in
                var index = 0
                while index < tokens.count {
                    if tokens[index].candidatesCount > 0 {
                        var best: TermMatch?
                        var bestSpecificity: Int32 = -1
                        extend(from: 0, at: index, start: index, tables, tokens, candidates, &best, &bestSpecificity)
                        if let best {
                            found.append(best)
                            index = best.end
                            continue
                        }
                    }
                    index += 1
                }
            }
        }
        return found
    }

    /// Follows every edge from `node` on a vocabulary id of `tokens[token]`, recording terms that end.
    private func extend(
        from node: Int32, at token: Int, start: Int, _ tables: Tables, _ tokens: UnsafeBufferPointer<Token>,
        _ candidates: UnsafeBufferPointer<Int32>, _ best: inout TermMatch?, _ bestSpecificity: inout Int32
    ) {
        let first = Int(tokens[token].candidatesStart)
        for index in first..<first + Int(tokens[token].candidatesCount) {
            guard let child = tables.child(node, candidates[index]) else { continue }
            let entry = tables.entries[Int(child)]
            if entry >= 0 {
                let end = token + 1
                let specific = tables.specificity[Int(child)]
                if best == nil || end > best!.end || (end == best!.end && specific > bestSpecificity) {
                    best = TermMatch(entry: Int(entry), first: start, end: end)
                    bestSpecificity = specific
                }
            }
            if tables.hasChildren[Int(child)], token + 1 < tokens.count, tokens[token + 1].candidatesCount > 0 {
                extend(from: child, at: token + 1, start: start, tables, tokens, candidates, &best, &bestSpecificity)
            }
        }
    }
}
