/// The list of active formatting elements: the `<b>`, `<a>`, `<font>` … still in effect, and the
/// markers that `<td>`, `<caption>`, `<object>` and `<template>` put in it so formatting does not
/// leak into them.
///
/// The list counts the entries of each tag name after the last marker. While a name has fewer
/// than three entries there, the Noah's Ark clause ("at most three identical entries") cannot
/// apply, so its entries carry no ``Key`` (no digest of their attributes is computed: most pages
/// never open three `<a>` at once). When a name reaches three, its entries at that level get
/// their keys, once, and from then on each new entry of that name does, and the list counts the
/// entries of each key, so the clause walks the list only when a key really has three: a page of
/// 100,000 unclosed `<font color=…>` tags with different colours stays linear.
struct ActiveFormattingElements {
    /// What makes two entries "identical" for the Noah's Ark clause: tag name and attributes
    /// (namespace, name and value; their order and source ranges do not count).
    ///
    /// The key keeps a copy of the element's attributes (made only for the names that reach three
    /// entries) and a digest of them computed once, so hashing a key costs two integers and comparing two keys compares attributes only
    /// when the digests agree.
    struct Key: Hashable {
        /// The tag name.
        var name: HTMLElementName
        /// The attributes, in source order, their values copied.
        var attributes: [Attribute]

        /// An attribute as the clause compares it: namespace, name and value bytes.
        struct Attribute: Equatable {
            var namespace: HTMLAttributeNamespace
            var name: [UInt8]
            var value: [UInt8]
        }
        /// A hash of the attributes that does not depend on their order (a sum of per-attribute
        /// FNV-1a hashes).
        var digest: UInt64

        /// The key of element `node` of `document`.
        /// - Complexity: O(k) in the attributes' bytes.
        init(_ node: Int32, of document: HTMLDocument) {
            name = document[node].name
            attributes = document.attributes(of: node).map {
                Attribute(namespace: $0.namespace, name: $0.name, value: Array(document.value(of: $0)))
            }
            digest = 0
            for attribute in attributes {
                var hash: UInt64 = 14_695_981_039_346_656_037 ^ UInt64(attribute.namespace.rawValue)
                for byte in attribute.name { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
                hash = (hash ^ 0x100) &* 1_099_511_628_211
                for byte in attribute.value { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
                digest &+= hash
            }
        }

        /// The name and digest: what the list counts entries by.
        struct Summary: Hashable {
            var name: HTMLElementName
            var digest: UInt64
        }

        /// The key's name and digest.
        var summary: Summary { Summary(name: name, digest: digest) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(digest)
        }

        /// Same name, and the same attributes in any order (an element never has two of one name).
        /// - Complexity: O(k²) for k attributes when the digests agree; O(1) otherwise.
        static func == (left: Key, right: Key) -> Bool {
            guard left.name == right.name, left.digest == right.digest,
                left.attributes.count == right.attributes.count
            else { return false }
            return left.attributes.allSatisfy { attribute in
                right.attributes.contains(attribute)
            }
        }
    }

    /// One entry: an element, or a marker.
    private struct Entry {
        /// The node index, or ``marker``.
        var node: Int32
        /// The tag name (`.unknown` for a marker).
        var name: HTMLElementName
        /// The key, when the name is keyed at the entry's level (`nil` otherwise, and for a marker).
        var key: Key?
    }

    /// The entries, oldest first, in one array: a push or a pop is one append or removal.
    private var entries: [Entry] = []
    /// For each marker level, how many keyed entries of each key's ``Key/summary`` it holds; the
    /// last is after the last marker. Keys that share a summary count together, so a count of
    /// three is only a reason to walk the list and compare the keys themselves.
    private var counts: [[Key.Summary: Int]] = [[:]]
    /// For each marker level, how many entries of each tag name it holds: one row of
    /// ``nameSlots`` counts per level, indexed by the name's raw value (no hashing), the last row
    /// after the last marker.
    private var nameCounts: [Int32]
    /// For each marker level, whether the entries of each tag name carry keys (rows as in
    /// ``nameCounts``).
    private var keyed: [Bool]
    /// How many names there are: the length of a row of ``nameCounts``.
    private let nameSlots = HTMLElementName.allCases.count

    /// An empty list.
    init() {
        nameCounts = Array(repeating: 0, count: nameSlots)
        keyed = Array(repeating: false, count: nameSlots)
    }

    /// Where the count of `name` after the last marker is in ``nameCounts`` and ``keyed``.
    @inline(__always) private func nameSlot(_ name: HTMLElementName) -> Int {
        nameCounts.count - nameSlots + Int(name.rawValue)
    }

    /// The value of a marker entry.
    static let marker: Int32 = -1

    /// Whether there are no entries.
    var isEmpty: Bool { entries.isEmpty }
    /// How many entries there are.
    var count: Int { entries.count }

    /// The entry at `index` (a node index, or ``marker``); setting it puts another node of the
    /// same key there.
    subscript(index: Int) -> Int32 {
        get { entries[index].node }
        set { entries[index].node = newValue }
    }

    /// Appends a marker.
    mutating func pushMarker() {
        entries.append(Entry(node: Self.marker, name: .unknown, key: nil))
        counts.append([:])
        nameCounts.append(contentsOf: repeatElement(0, count: nameSlots))
        keyed.append(contentsOf: repeatElement(false, count: nameSlots))
    }

    /// Appends element `node` of `document`, first removing the earliest of three entries
    /// identical to it after the last marker (the Noah's Ark clause).
    /// - Complexity: O(1) expected unless three identical entries are open; O(k) in the node's
    ///   attribute bytes once its name has three entries.
    mutating func push(_ node: Int32, of document: HTMLDocument) {
        let key = key(for: node, of: document)
        if let key, let victim = noahsArkVictim(for: key) { remove(at: victim) }
        insert(node, name: document[node].name, key: key, at: entries.count)
    }

    /// Inserts element `node` of `document` at `index` (after the last marker).
    mutating func insert(_ node: Int32, of document: HTMLDocument, at index: Int) {
        insert(node, name: document[node].name, key: key(for: node, of: document), at: index)
    }

    /// Removes the entry at `index` (an element after the last marker, as the spec's removals
    /// always are).
    mutating func remove(at index: Int) {
        // The last entry (an end tag closing the newest formatting element) is removed from the end.
        let entry = index == entries.count - 1 ? entries.removeLast() : entries.remove(at: index)
        guard entry.node != Self.marker else { return }
        if let summary = entry.key?.summary, let count = counts[counts.count - 1][summary] {
            counts[counts.count - 1][summary] = count > 1 ? count - 1 : nil
        }
        let slot = nameSlot(entry.name)
        if nameCounts[slot] > 0 { nameCounts[slot] -= 1 }
    }

    /// The position of `node`, or `nil`.
    func index(of node: Int32) -> Int? { entries.lastIndex { $0.node == node } }

    /// Removes `node` if it is in the list.
    mutating func remove(_ node: Int32) {
        if let index = index(of: node) { remove(at: index) }
    }

    /// Removes entries up to and including the last marker ("clear the list of active formatting
    /// elements up to the last marker").
    mutating func clearToLastMarker() {
        while let last = entries.popLast(), last.node != Self.marker {}
        if counts.count > 1 {
            counts.removeLast()
            nameCounts.removeLast(nameSlots)
            keyed.removeLast(nameSlots)
        } else {
            counts = [[:]]
            for slot in nameCounts.indices {
                nameCounts[slot] = 0
                keyed[slot] = false
            }
        }
    }

    /// The position of the last entry after the last marker whose tag name is `name`, or `nil`.
    /// - Complexity: O(1) when there is none; else a walk back to it.
    func lastIndexAfterLastMarker(named name: HTMLElementName) -> Int? {
        guard nameCounts[nameSlot(name)] > 0 else { return nil }
        var index = entries.count - 1
        while index >= 0, entries[index].node != Self.marker {
            if entries[index].name == name { return index }
            index -= 1
        }
        return nil
    }
}

// MARK: - Keys

extension ActiveFormattingElements {
    /// The key a new entry for `node` carries: `nil` while its name has fewer than three entries
    /// after the last marker and is not keyed yet; else its key, the name's entries at this level
    /// keyed first when they are not.
    private mutating func key(for node: Int32, of document: HTMLDocument) -> Key? {
        let slot = nameSlot(document[node].name)
        if !keyed[slot] {
            guard nameCounts[slot] >= 3 else { return nil }
            keyEntries(named: document[node].name, of: document)
            keyed[slot] = true
        }
        return Key(node, of: document)
    }

    /// Gives the entries named `name` after the last marker their keys, and counts them.
    /// - Complexity: O(e) in the entries after the last marker; once per name and level.
    private mutating func keyEntries(named name: HTMLElementName, of document: HTMLDocument) {
        var index = entries.count - 1
        while index >= 0, entries[index].node != Self.marker {
            if entries[index].name == name, entries[index].key == nil {
                let key = Key(entries[index].node, of: document)
                entries[index].key = key
                counts[counts.count - 1][key.summary, default: 0] += 1
            }
            index -= 1
        }
    }

    /// Inserts `node` named `name` with `key` (if keyed) at `index`.
    private mutating func insert(_ node: Int32, name: HTMLElementName, key: Key?, at index: Int) {
        let entry = Entry(node: node, name: name, key: key)
        if index == entries.count {
            // The usual push: an append, not the general insertion (a subrange replacement).
            entries.append(entry)
        } else {
            entries.insert(entry, at: index)
        }
        if let key { counts[counts.count - 1][key.summary, default: 0] += 1 }
        nameCounts[nameSlot(name)] += 1
    }

    /// The earliest of the entries after the last marker that have `key`, when three of them
    /// are there (the one the Noah's Ark clause removes), or `nil`.
    /// - Complexity: O(1) unless three entries have `key`; then a walk back to the third.
    private func noahsArkVictim(for key: Key) -> Int? {
        guard (counts[counts.count - 1][key.summary] ?? 0) >= 3 else { return nil }
        var found = 0
        var index = entries.count - 1
        while index >= 0, entries[index].node != Self.marker {
            if entries[index].key == key {
                found += 1
                if found == 3 { return index }
            }
            index -= 1
        }
        return nil
    }
}
