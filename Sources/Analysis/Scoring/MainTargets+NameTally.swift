extension MainTargets {
    /// The counts of a text's names, in the order they first appear, and the rules that merge
    /// them (see `MainTargets.find`). Every step looks names up by hash and walks them in order of
    /// appearance, so the result never depends on hashing.
    struct NameTally {
        /// Each distinct name, in order of first appearance.
        private var order: [String] = []
        /// Each name's position in `order`.
        private var position: [String: Int] = [:]
        /// Weighted mentions not at a sentence's start, by position.
        private var counts: [Int] = []
        /// Weighted mentions at a sentence's start, by position.
        private var openerCounts: [Int] = []

        /// Counts one mention of `name`.
        mutating func add(_ name: String, weight: Int, opensSentence: Bool) {
            let index: Int
            if let known = position[name] {
                index = known
            } else {
                index = order.count
                position[name] = index
                order.append(name)
                counts.append(0)
                openerCounts.append(0)
            }
            if opensSentence { openerCounts[index] += weight } else { counts[index] += weight }
        }

        /// The names counted at least twice after merging, most counted first, ties by first appearance.
        /// - Complexity: O(m log m) in the number of distinct names m, plus O(m·k) hash lookups of
        ///   stems of at most k = `maximumStemLength` characters.
        func ranked(limit: Int) -> [String] {
            var ownerOfLastWord: [Substring: Int] = [:]
            for (index, name) in order.enumerated() {
                guard let space = name.lastIndex(of: " ") else { continue }
                let last = name[name.index(after: space)...]
                if ownerOfLastWord[last] == nil { ownerOfLastWord[last] = index }
            }
            var total = counts
            for index in order.indices where openerCounts[index] > 0 {
                let name = order[index]
                if counts[index] > 0 || ownerOfLastWord[Substring(name)] != nil { total[index] += openerCounts[index] }
            }
            let absorbers = order.indices.map { absorber(of: $0, ownerOfLastWord: ownerOfLastWord, total: total) }
            var merged = total
            for index in order.indices {
                guard var target = absorbers[index] else { continue }
                while let next = absorbers[target] { target = next }
                merged[target] += total[index]
                merged[index] = 0
            }
            return order.indices.filter { merged[$0] >= 2 }
                .sorted { merged[$0] != merged[$1] ? merged[$0] > merged[$1] : $0 < $1 }
                .prefix(limit).map { order[$0] }
        }

        /// The name that absorbs the one-word name at `index`, if any: the first multi-word name
        /// ending with it, or else the shortest counted one-word name of four or more characters
        /// that begins it. A stem is always shorter, so following absorbers always ends.
        private func absorber(of index: Int, ownerOfLastWord: [Substring: Int], total: [Int]) -> Int? {
            let name = order[index]
            guard total[index] > 0, !name.utf8.contains(0x20) else { return nil }
            if let owner = ownerOfLastWord[Substring(name)] { return owner }
            var end = name.startIndex
            var length = 0
            while end != name.endIndex, length < MainTargets.maximumStemLength {
                name.formIndex(after: &end)
                length += 1
                guard length >= 4, end != name.endIndex else { continue }
                if let stem = position[String(name[..<end])], total[stem] > 0 { return stem }
            }
            return nil
        }
    }
}
