/// "Did you mean …?": the closest of a few known words to a misspelt one.
enum Spelling {
    /// The candidate closest to `word` by edit distance (a swap of two neighbouring letters counts
    /// as one edit), when it is close enough to be a slip: at most one edit for words up to four
    /// letters, two up to eight, three beyond; a candidate `word` is the start of counts too.
    /// Ties go to the candidate listed first.
    /// - Complexity: O(k·n·m) for k candidates of length m and a word of length n (all short).
    static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let limit = typed.count <= 4 ? 1 : typed.count <= 8 ? 2 : 3
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let letters = Array(candidate.lowercased())
            var distance = Self.distance(typed, letters)
            if typed.count >= 3, letters.starts(with: typed) { distance = min(distance, 1) }
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// `"; did you mean 'X'?"` when a candidate is close to `word`, else the empty string.
    static func didYouMean(_ word: String, among candidates: [String], prefix: String = "") -> String {
        closest(to: word, among: candidates).map { "; did you mean '\(prefix)\($0)'?" } ?? ""
    }

    /// The optimal-string-alignment distance between `a` and `b`.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }
}
