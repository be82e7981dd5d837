/// The list of active formatting elements: the `<b>`, `<a>`, `<font>` … still in effect, and the
/// markers that `<td>`, `<caption>`, `<object>` and `<template>` put in it so formatting does not
/// leak into them.
///
/// Each element entry carries its ``Key`` (name and attributes), and the list counts the entries
/// of each key after the last marker, so the Noah's Ark clause ("at most three identical
/// entries") walks the list only when a key really has three: a page of 100,000 unclosed
/// `<font color=…>` tags with different colours stays linear.
struct ActiveFormattingElements {
    /// What makes two entries "identical" for the Noah's Ark clause: tag name and attributes.
    struct Key: Hashable {
        /// The tag name.
        var name: HTMLElementName
        /// Each attribute as namespace, name and value, sorted (the clause ignores their order).
        var attributes: [[UInt8]]

        /// The key of element `node` of `document`.
        init(_ node: HTMLNode) {
            name = node.name
            attributes = node.attributes.map { [$0.namespace.rawValue] + $0.name + [0] + $0.value }.sorted {
                $0.lexicographicallyPrecedes($1)
            }
        }
    }

    /// The entries, oldest first: a node index, or ``marker``.
    private(set) var entries: [Int32] = []
    /// Each entry's key (`nil` for a marker).
    private var keys: [Key?] = []
    /// For each marker level, how many entries of each key it holds; the last is after the last
    /// marker.
    private var counts: [[Key: Int]] = [[:]]
    /// For each marker level, how many entries of each tag name it holds.
    private var nameCounts: [[HTMLElementName: Int]] = [[:]]

    /// The value of a marker entry.
    static let marker: Int32 = -1

    /// Whether there are no entries.
    var isEmpty: Bool { entries.isEmpty }
    /// How many entries there are.
    var count: Int { entries.count }

    /// The entry at `index`; setting it puts another node of the same key there.
    subscript(index: Int) -> Int32 {
        get { entries[index] }
        set { entries[index] = newValue }
    }

    /// The key of the entry at `index` (`nil` for a marker).
    func key(at index: Int) -> Key? { keys[index] }

    /// How many entries after the last marker have `key`.
    /// - Complexity: O(1) expected.
    func countAfterLastMarker(_ key: Key) -> Int { counts[counts.count - 1][key] ?? 0 }

    /// Appends a marker.
    mutating func pushMarker() {
        entries.append(Self.marker)
        keys.append(nil)
        counts.append([:])
        nameCounts.append([:])
    }

    /// Appends `node` with `key`.
    mutating func append(_ node: Int32, key: Key) { insert(node, key: key, at: entries.count) }

    /// Inserts `node` with `key` at `index` (after the last marker).
    mutating func insert(_ node: Int32, key: Key, at index: Int) {
        entries.insert(node, at: index)
        keys.insert(key, at: index)
        counts[counts.count - 1][key, default: 0] += 1
        nameCounts[nameCounts.count - 1][key.name, default: 0] += 1
    }

    /// Removes the entry at `index` (an element after the last marker, as the spec's removals
    /// always are).
    mutating func remove(at index: Int) {
        entries.remove(at: index)
        guard let key = keys.remove(at: index) else { return }
        if let count = counts[counts.count - 1][key] { counts[counts.count - 1][key] = count > 1 ? count - 1 : nil }
        if let count = nameCounts[nameCounts.count - 1][key.name] {
            nameCounts[nameCounts.count - 1][key.name] = count > 1 ? count - 1 : nil
        }
    }

    /// The position of `node`, or `nil`.
    func index(of node: Int32) -> Int? { entries.lastIndex(of: node) }

    /// Removes `node` if it is in the list.
    mutating func remove(_ node: Int32) {
        if let index = index(of: node) { remove(at: index) }
    }

    /// Removes entries up to and including the last marker ("clear the list of active formatting
    /// elements up to the last marker").
    mutating func clearToLastMarker() {
        while let last = entries.popLast() {
            keys.removeLast()
            if last == Self.marker { break }
        }
        if counts.count > 1 {
            counts.removeLast()
            nameCounts.removeLast()
        } else {
            counts = [[:]]
            nameCounts = [[:]]
        }
    }

    /// The position of the last entry after the last marker whose tag name is `name`, or `nil`.
    /// - Complexity: O(1) when there is none; else a walk back to it.
    func lastIndexAfterLastMarker(named name: HTMLElementName) -> Int? {
        guard nameCounts[nameCounts.count - 1][name] != nil else { return nil }
        var index = entries.count - 1
        while index >= 0, entries[index] != Self.marker {
            if keys[index]?.name == name { return index }
            index -= 1
        }
        return nil
    }

    /// The earliest of the entries after the last marker that have `key`, when three of them
    /// are there (the one the Noah's Ark clause removes), or `nil`.
    /// - Complexity: O(1) unless three entries have `key`; then a walk back to the third.
    func noahsArkVictim(for key: Key) -> Int? {
        guard countAfterLastMarker(key) >= 3 else { return nil }
        var found = 0
        var index = entries.count - 1
        while index >= 0, entries[index] != Self.marker {
            if keys[index] == key {
                found += 1
                if found == 3 { return index }
            }
            index -= 1
        }
        return nil
    }
}
