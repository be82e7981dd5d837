/// Explicit reply structure from how deeply a saved page nests its posts in lists, as threaded
/// comment sections do (WordPress, Disqus: a reply sits in a list inside its parent's item).
enum ListNesting {
    /// Each post's parent: the nearest earlier post less deeply nested. `nil` for every post when
    /// the replies (posts after the first) all sit at one depth: a flat thread says nothing about
    /// who replies to whom, and its quotes and cues decide instead.
    /// - Complexity: O(n) with a stack of open ancestors.
    static func parents(depths: [Int]) -> [Int?] {
        var parents = [Int?](repeating: nil, count: depths.count)
        guard Set(depths.dropFirst()).count > 1 else { return parents }
        var ancestors: [Int] = []
        for (index, depth) in depths.enumerated() {
            while let last = ancestors.last, depths[last] >= depth { ancestors.removeLast() }
            parents[index] = ancestors.last
            ancestors.append(index)
        }
        return parents
    }
}
