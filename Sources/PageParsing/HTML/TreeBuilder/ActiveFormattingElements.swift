/// The list of active formatting elements: the `<b>`, `<a>`, `<font>` … still in effect, and the
/// markers that `<td>`, `<caption>`, `<object>` and `<template>` put in it so formatting does not
/// leak into them.
struct ActiveFormattingElements {
    /// The entries, oldest first: a node index, or ``marker``.
    private(set) var entries: [Int32] = []

    /// The value of a marker entry.
    static let marker: Int32 = -1

    /// Whether there are no entries.
    var isEmpty: Bool { entries.isEmpty }
    /// How many entries there are.
    var count: Int { entries.count }

    /// The entry at `index`.
    subscript(index: Int) -> Int32 {
        get { entries[index] }
        set { entries[index] = newValue }
    }

    /// Appends a marker.
    mutating func pushMarker() { entries.append(Self.marker) }

    /// Appends `node`.
    mutating func append(_ node: Int32) { entries.append(node) }

    /// Inserts `node` at `index`.
    mutating func insert(_ node: Int32, at index: Int) { entries.insert(node, at: index) }

    /// Removes the entry at `index`.
    mutating func remove(at index: Int) { entries.remove(at: index) }

    /// The position of `node`, or `nil`.
    func index(of node: Int32) -> Int? { entries.lastIndex(of: node) }

    /// Removes `node` if it is in the list.
    mutating func remove(_ node: Int32) {
        if let index = index(of: node) { entries.remove(at: index) }
    }

    /// Removes entries up to and including the last marker ("clear the list of active formatting
    /// elements up to the last marker").
    mutating func clearToLastMarker() {
        while let last = entries.popLast(), last != Self.marker {}
    }

    /// The index of the first entry after the last marker.
    var startAfterLastMarker: Int {
        (entries.lastIndex(of: Self.marker) ?? -1) + 1
    }
}
