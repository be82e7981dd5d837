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
    private let byID: [UInt64: [Int]]
    private let byClass: [UInt64: [Int]]
    private let byAttribute: [UInt64: [Int]]
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
        var byID: [UInt64: [Int]] = [:]
        var byClass: [UInt64: [Int]] = [:]
        var byAttribute: [UInt64: [Int]] = [:]
        var byType = [[Int]](repeating: [], count: HTMLElementName.allCases.count)
        var everywhere: [Int] = []
        for (index, selector) in selectors.enumerated() {
            for complex in selector.list {
                let entry = entries.count
                entries.append((index, complex))
                switch Self.key(of: complex.compounds[0]) {
                case .id(let hash): byID[hash, default: []].append(entry)
                case .className(let hash): byClass[hash, default: []].append(entry)
                case .attribute(let hash): byAttribute[hash, default: []].append(entry)
                case .type(let name): byType[Int(name.rawValue)].append(entry)
                case nil: everywhere.append(entry)
                }
            }
        }
        self.entries = entries
        self.byID = byID
        self.byClass = byClass
        self.byAttribute = byAttribute
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
                if !byID.isEmpty || !byClass.isEmpty || !byAttribute.isEmpty {
                    for attribute in document.attributes(of: current) where attribute.namespace == .none {
                        if !byAttribute.isEmpty, let found = byAttribute[Self.hash(attribute.name[...])] {
                            attempt(found, current)
                        }
                        if attribute.name == Self.idName, !byID.isEmpty,
                            let found = byID[Self.hash(attribute.value[...])]
                        {
                            attempt(found, current)
                        } else if attribute.name == Self.className, !byClass.isEmpty {
                            Self.forEachWord(attribute.value) { word in
                                if let found = byClass[Self.hash(word)] { attempt(found, current) }
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
        case id(UInt64)
        case className(UInt64)
        case attribute(UInt64)
        case type(HTMLElementName)
    }

    /// The most selective key a compound's every match has, or `nil` when it has none.
    private static func key(of compound: CompoundSelector) -> Key? {
        var className: UInt64?
        var attribute: UInt64?
        for condition in compound.conditions {
            switch condition {
            case .id(let id): return .id(hash(id[...]))
            case .className(let name): if className == nil { className = hash(name[...]) }
            case .attribute(let name, _, _, _): if attribute == nil { attribute = hash(name[...]) }
            default: break
            }
        }
        if let className { return .className(className) }
        if let attribute { return .attribute(attribute) }
        if compound.typeName != nil, compound.internedType != .unknown { return .type(compound.internedType) }
        return nil
    }

    /// FNV-1a over `bytes`.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Calls `body` with each white-space separated word of `list` (a `class` value).
    private static func forEachWord(_ list: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        while start < list.count {
            while start < list.count && HTMLByte.isASCIIWhitespace(list[start]) { start += 1 }
            var end = start
            while end < list.count && !HTMLByte.isASCIIWhitespace(list[end]) { end += 1 }
            if end > start { body(list[start..<end]) }
            start = end
        }
    }

    private static let idName = Array("id".utf8)
    private static let className = Array("class".utf8)
}
