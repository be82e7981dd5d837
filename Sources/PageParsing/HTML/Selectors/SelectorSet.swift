/// Many selectors compiled together and matched against a document in one pass over its nodes.
///
/// Each complex selector of every list is filed under one key of its subject (rightmost) compound,
/// as browsers' rule hashes file style rules: its `#id`, else its first `.class`, else its first
/// attribute's name, else its type; a subject with none of them (`*`, `:not(…)` alone) is tried on
/// every element. An element then tries only the selectors filed under its own id, class words,
/// attribute names and type, so that the work per element grows with what the element has, not with
/// the number of selectors. Keys are 64-bit hashes of the bytes; a collision only costs a full match
/// that fails.
package struct SelectorSet: Sendable {
    /// The selector lists, in the order given.
    package let selectors: [CSSSelector]
    /// Every complex selector of every list: its list's index, and the complex selector.
    private let entries: [(selector: Int, complex: ComplexSelector)]
    /// The entries filed under an id, a class or an attribute name, by the key's hash
    /// (``hash(_:kind:)``).
    private let byKey: KeyTable
    private let hasIDs: Bool
    private let hasClasses: Bool
    private let hasAttributes: Bool
    /// Indexed by ``HTMLElementName/rawValue``.
    private let byType: [[Int]]
    /// The entries whose subject has no key.
    private let everywhere: [Int]
    private let needsSiblingIndex: Bool

    /// Files `selectors` by their subjects' keys.
    /// - Complexity: O(s) in the selectors' total size.
    package init(_ selectors: [CSSSelector]) {
        self.selectors = selectors
        var entries: [(selector: Int, complex: ComplexSelector)] = []
        var byKey: [UInt64: [Int]] = [:]
        var kinds = Set<UInt8>()
        var byType = [[Int]](repeating: [], count: HTMLElementName.allCases.count)
        var everywhere: [Int] = []
        for (index, selector) in selectors.enumerated() {
            for complex in selector.list {
                let entry = entries.count
                entries.append((index, complex))
                switch Self.key(of: complex.compounds[0]) {
                case .bytes(let key, let kind):
                    byKey[Self.hash(key, kind: kind), default: []].append(entry)
                    kinds.insert(kind)
                case .type(let name): byType[Int(name.rawValue)].append(entry)
                case nil: everywhere.append(entry)
                }
            }
        }
        self.entries = entries
        self.byKey = KeyTable(byKey)
        hasIDs = kinds.contains(Self.idKind)
        hasClasses = kinds.contains(Self.classKind)
        hasAttributes = kinds.contains(Self.attributeKind)
        self.byType = byType
        self.everywhere = everywhere
        needsSiblingIndex = selectors.contains(where: \.needsSiblingIndex)
    }

    /// The elements of `document` each selector matches, in document order, each once: what
    /// ``CSSSelector/select(in:)`` gives for each, in one walk. With `firstOnly`, at most the first
    /// match of each (enough to know which selectors match at all), and a selector that has matched
    /// is not tried again.
    /// - Complexity: O(n·k) for n nodes and k selectors filed under an element's keys, in the usual
    ///   cases.
    package func select(in document: HTMLDocument, firstOnly: Bool = false) -> [[Int32]] {
        var result = [[Int32]](repeating: [], count: selectors.count)
        guard !entries.isEmpty else { return result }
        let matcher = SelectorMatcher(document: document, needsSiblingIndex: needsSiblingIndex)
        let scope = CSSSelector.rootElement(document)
        var unmatched = selectors.count
        func attempt(_ candidates: [Int], _ element: Int32) {
            for entry in candidates {
                let selector = entries[entry].selector
                if let last = result[selector].last, firstOnly || last == element { continue }
                if matcher.matches(element, entries[entry].complex, scope: scope) {
                    if result[selector].isEmpty { unmatched -= 1 }
                    result[selector].append(element)
                }
            }
        }
        var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
        while current >= 0 && (unmatched > 0 || !firstOnly) {
            let kind = document[current].kind
            if kind == .templateContents {
                current = CSSSelector.skipSubtree(current, in: document)
                continue
            }
            if kind == .element {
                attempt(byType[Int(document[current].name.rawValue)], current)
                attempt(everywhere, current)
                if hasIDs || hasClasses || hasAttributes {
                    for attribute in document.attributes(of: current) where attribute.namespace == .none {
                        if hasAttributes {
                            attempt(byKey[Self.hash(attribute.name, kind: Self.attributeKind)], current)
                        }
                        if hasIDs, attribute.name == Self.idName {
                            attempt(byKey[Self.hash(document.value(of: attribute), kind: Self.idKind)], current)
                        } else if hasClasses, attribute.name == Self.className {
                            Self.forEachWord(document.value(of: attribute)) { word in
                                attempt(byKey[Self.hash(word, kind: Self.classKind)], current)
                            }
                        }
                    }
                }
            }
            current = document.following(current, within: HTMLDocument.documentIndex)
        }
        return result
    }

    // MARK: - Keys

    private enum Key {
        /// An id, a class or an attribute name (``idKind``, ``classKind``, ``attributeKind``).
        case bytes([UInt8], kind: UInt8)
        case type(HTMLElementName)
    }

    private static let idKind: UInt8 = 1
    private static let classKind: UInt8 = 2
    private static let attributeKind: UInt8 = 3

    /// The most selective key a compound's every match has, or `nil` when it has none.
    private static func key(of compound: CompoundSelector) -> Key? {
        var className: [UInt8]?
        var attribute: [UInt8]?
        for condition in compound.conditions {
            switch condition {
            case .id(let id): return .bytes(id, kind: idKind)
            case .className(let name): if className == nil { className = name }
            case .attribute(let name, _, _, _): if attribute == nil { attribute = name }
            default: break
            }
        }
        if let className { return .bytes(className, kind: classKind) }
        if let attribute { return .bytes(attribute, kind: attributeKind) }
        if compound.typeName != nil, compound.internedType != .unknown { return .type(compound.internedType) }
        return nil
    }

    /// FNV-1a over `kind` and `bytes`, never 0 (the empty slot of ``KeyTable``).
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, kind: UInt8) -> UInt64 {
        var hash: UInt64 = (0xcbf2_9ce4_8422_2325 ^ UInt64(kind)) &* 0x0000_0100_0000_01B3
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash | 1
    }

    /// Lists of entries by a nonzero 64-bit key, in one open-addressed table: a lookup hashes
    /// nothing more and allocates nothing.
    private struct KeyTable: Sendable {
        private var keys: [UInt64]
        private var lists: [[Int]]
        private let mask: Int

        init(_ lists: [UInt64: [Int]]) {
            var capacity = 8
            while capacity < lists.count * 2 { capacity *= 2 }
            keys = [UInt64](repeating: 0, count: capacity)
            self.lists = [[Int]](repeating: [], count: capacity)
            mask = capacity - 1
            for (key, list) in lists {
                var slot = Int(truncatingIfNeeded: key >> 7) & mask
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                self.lists[slot] = list
            }
        }

        /// The entries filed under `key`; none when there are none.
        subscript(_ key: UInt64) -> [Int] {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return lists[slot] }
                slot = (slot + 1) & mask
            }
            return []
        }
    }

    /// Calls `body` with each white-space separated word of `list` (a `class` value).
    private static func forEachWord(_ list: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        var start = list.startIndex
        while start < list.endIndex {
            while start < list.endIndex && HTMLByte.isASCIIWhitespace(list[start]) { start += 1 }
            var end = start
            while end < list.endIndex && !HTMLByte.isASCIIWhitespace(list[end]) { end += 1 }
            if end > start { body(list[start..<end]) }
            start = end
        }
    }

    private static let idName = Array("id".utf8)
    private static let className = Array("class".utf8)
}
