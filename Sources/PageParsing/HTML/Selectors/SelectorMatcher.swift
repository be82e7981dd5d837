/// Matches compiled selectors against one document: right to left from each element, without
/// recursion along the chain (an explicit stack), and with Servo's restart rules so a failed
/// descendant or sibling search is never retried from a point that cannot succeed.
///
/// Nothing is memoised except the sibling positions (one pass, one array as long as the
/// document) when the selector needs them.
struct SelectorMatcher {
    let document: HTMLDocument
    /// For each node, its 1-based position among its parent's element children and how many
    /// element children that parent has; empty unless a selector needs them.
    private var positions: [(index: Int32, count: Int32)] = []

    init(document: HTMLDocument, needsSiblingIndex: Bool) {
        self.document = document
        if needsSiblingIndex { positions = Self.siblingPositions(document) }
    }

    /// What a failed match allows the caller to do next (Servo's `SelectorMatchingResult`).
    private enum Outcome {
        case matched
        case restartFromClosestLaterSibling
        case restartFromClosestDescendant
        case notMatchedGlobally
    }

    private struct Frame {
        /// The compound whose element this frame stands on.
        var index: Int
        /// The candidate currently tried for `compounds[index + 1]`.
        var candidate: Int32
    }

    /// Whether `element` matches any selector of `list`; `scope` is the `:scope` element.
    func matches(_ element: Int32, _ list: [ComplexSelector], scope: Int32) -> Bool {
        list.contains { matches(element, $0, scope: scope) }
    }

    /// Whether `element` matches `selector`.
    /// - Complexity: O(c + d) for a chain of c compounds and a tree of depth d in the usual cases;
    ///   the restart rules keep mixed chains polynomial.
    func matches(_ element: Int32, _ selector: ComplexSelector, scope: Int32) -> Bool {
        var stack: [Frame] = []
        var index = 0
        var current = element
        while true {
            var outcome: Outcome
            if !matchesCompound(current, selector.compounds[index], scope: scope) {
                outcome = .restartFromClosestLaterSibling
            } else if index == selector.compounds.count - 1 {
                outcome = .matched
            } else {
                let combinator = selector.combinators[index]
                let next = step(from: current, combinator)
                if next >= 0 {
                    stack.append(Frame(index: index, candidate: next))
                    index += 1
                    current = next
                    continue
                }
                outcome = Self.notFound(combinator)
            }
            // Return the outcome up the stack until a frame can try another candidate.
            var resumed = false
            while let frame = stack.last {
                let combinator = selector.combinators[frame.index]
                switch (outcome, combinator) {
                case (.matched, _), (.notMatchedGlobally, _), (_, .nextSibling):
                    stack.removeLast()
                    continue
                case (_, .child):
                    stack.removeLast()
                    outcome = .restartFromClosestDescendant
                    continue
                case (.restartFromClosestDescendant, .laterSibling):
                    stack.removeLast()
                    continue
                default:
                    break
                }
                let next = step(from: frame.candidate, combinator)
                if next < 0 {
                    stack.removeLast()
                    outcome = Self.notFound(combinator)
                    continue
                }
                stack[stack.count - 1].candidate = next
                index = frame.index + 1
                current = next
                resumed = true
                break
            }
            if !resumed { return outcome == .matched }
        }
    }

    private static func notFound(_ combinator: Combinator) -> Outcome {
        combinator == .nextSibling || combinator == .laterSibling ? .restartFromClosestDescendant : .notMatchedGlobally
    }

    /// The element a combinator leads to from `element`: the parent element for descendant and
    /// child, the previous element sibling for the sibling combinators; -1 when there is none.
    private func step(from element: Int32, _ combinator: Combinator) -> Int32 {
        switch combinator {
        case .descendant, .child:
            let parent = document[element].parent
            return parent >= 0 && document[parent].kind == .element ? parent : -1
        case .nextSibling, .laterSibling:
            var sibling = document[element].previousSibling
            while sibling >= 0 && document[sibling].kind != .element {
                sibling = document[sibling].previousSibling
            }
            return sibling
        }
    }

    // MARK: - Compounds

    private func matchesCompound(_ element: Int32, _ compound: CompoundSelector, scope: Int32) -> Bool {
        guard document[element].kind == .element else { return false }
        if let typeName = compound.typeName {
            if compound.internedType != .unknown {
                guard document[element].name == compound.internedType else { return false }
            } else {
                guard Self.equalIgnoringCase(document.nameBytes(of: element), typeName) else { return false }
            }
        }
        for condition in compound.conditions where !matchesCondition(element, condition, scope: scope) {
            return false
        }
        return true
    }

    private func matchesCondition(_ element: Int32, _ condition: SimpleSelector, scope: Int32) -> Bool {
        switch condition {
        case .id(let id):
            return attribute(element, Self.idName)?.elementsEqual(id) ?? false
        case .className(let name):
            guard let value = attribute(element, Self.className) else { return false }
            return Self.containsWord(value, name, caseInsensitive: false)
        case .attribute(let name, let op, let value, let caseInsensitive):
            guard let actual = attribute(element, name) else { return false }
            return Self.compare(actual, op, value, caseInsensitive: caseInsensitive)
        case .not(let list):
            return !matches(element, list, scope: scope)
        case .has(let list):
            return list.contains { hasMatch(anchor: element, $0) }
        case .firstChild:
            return previousElementSibling(element) < 0
        case .lastChild:
            return nextElementSibling(element) < 0
        case .onlyChild:
            return previousElementSibling(element) < 0 && nextElementSibling(element) < 0
        case .nthChild(let a, let b, let fromEnd):
            let position = positions[Int(element)]
            let index = fromEnd ? Int(position.count - position.index + 1) : Int(position.index)
            return Self.nth(index, a: a, b: b)
        case .scope:
            return element == scope
        }
    }

    /// Whether some element in the range the relative selector's first combinator reaches matches
    /// it with `anchor` as `:scope`.
    private func hasMatch(anchor: Int32, _ relative: ComplexSelector) -> Bool {
        let leading = relative.combinators[relative.combinators.count - 1]
        let root: Int32
        var current: Int32
        switch leading {
        case .descendant, .child:
            root = anchor
            current = document.following(anchor, within: anchor)
        case .nextSibling, .laterSibling:
            root = document[anchor].parent
            current = document[anchor].nextSibling
            while current >= 0 && document[current].kind != .element {
                current = document[current].nextSibling
            }
            if root < 0 { return false }
        }
        while current >= 0 {
            if document[current].kind == .element && matches(current, relative, scope: anchor) {
                return true
            }
            current = document.following(current, within: root)
        }
        return false
    }

    private func attribute(_ element: Int32, _ name: [UInt8]) -> ArraySlice<UInt8>? {
        document.attributeValue(name, of: element)
    }

    private func previousElementSibling(_ element: Int32) -> Int32 {
        step(from: element, .laterSibling)
    }

    private func nextElementSibling(_ element: Int32) -> Int32 {
        document.nextElementSibling(of: element)
    }

    private static func nth(_ index: Int, a: Int, b: Int) -> Bool {
        if a == 0 { return index == b }
        let difference = index - b
        return difference % a == 0 && difference / a >= 0
    }

    private static func siblingPositions(_ document: HTMLDocument) -> [(index: Int32, count: Int32)] {
        var positions = [(index: Int32, count: Int32)](repeating: (0, 0), count: document.nodes.count)
        for parent in document.nodes.indices {
            var child = document.nodes[parent].firstChild
            var count: Int32 = 0
            while child >= 0 {
                if document.nodes[Int(child)].kind == .element {
                    count += 1
                    positions[Int(child)].index = count
                }
                child = document.nodes[Int(child)].nextSibling
            }
            child = document.nodes[parent].firstChild
            while child >= 0 {
                positions[Int(child)].count = count
                child = document.nodes[Int(child)].nextSibling
            }
        }
        return positions
    }

    // MARK: - Values

    private static let idName = Array("id".utf8)
    private static let className = Array("class".utf8)

    private static func compare(
        _ actual: ArraySlice<UInt8>, _ op: AttributeOperator, _ value: [UInt8], caseInsensitive: Bool
    )
        -> Bool
    {
        let equal: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool = { left, right in
            caseInsensitive ? equalIgnoringCase(left, right) : left.elementsEqual(right)
        }
        switch op {
        case .exists:
            return true
        case .equals:
            return equal(actual, value[...])
        case .includes:
            return containsWord(actual, value, caseInsensitive: caseInsensitive)
        case .prefix:
            return !value.isEmpty && actual.count >= value.count && equal(actual.prefix(value.count), value[...])
        case .suffix:
            return !value.isEmpty && actual.count >= value.count && equal(actual.suffix(value.count), value[...])
        case .substring:
            guard !value.isEmpty, actual.count >= value.count else { return false }
            for start in actual.startIndex...(actual.endIndex - value.count)
            where equal(actual[start..<(start + value.count)], value[...]) {
                return true
            }
            return false
        case .dashMatch:
            if equal(actual, value[...]) { return true }
            return actual.count > value.count && actual[actual.startIndex + value.count] == UInt8(ascii: "-")
                && equal(actual.prefix(value.count), value[...])
        }
    }

    /// Whether the white-space separated list `list` contains `word`.
    private static func containsWord(_ list: ArraySlice<UInt8>, _ word: [UInt8], caseInsensitive: Bool) -> Bool {
        guard !word.isEmpty, !word.contains(where: HTMLByte.isASCIIWhitespace) else { return false }
        var start = list.startIndex
        while start < list.endIndex {
            while start < list.endIndex && HTMLByte.isASCIIWhitespace(list[start]) { start += 1 }
            var end = start
            while end < list.endIndex && !HTMLByte.isASCIIWhitespace(list[end]) { end += 1 }
            if end - start == word.count {
                let piece = list[start..<end]
                if caseInsensitive ? equalIgnoringCase(piece, word[...]) : piece.elementsEqual(word) { return true }
            }
            start = end
        }
        return false
    }

    static func equalIgnoringCase<Left: Collection<UInt8>, Right: Collection<UInt8>>(_ left: Left, _ right: Right)
        -> Bool
    {
        left.count == right.count
            && zip(left, right).allSatisfy { HTMLByte.lowercased($0) == HTMLByte.lowercased($1) }
    }
}

extension CSSSelector {
    /// The elements of `document` the selector matches, in document order, each once.
    ///
    /// One pass over the document's nodes; each element is matched right to left. `<template>`
    /// contents are left out, as `querySelectorAll` leaves them out.
    /// - Complexity: O(n·s) for n nodes and a selector of s parts, in the usual cases.
    package func select(in document: HTMLDocument) -> [Int32] {
        let matcher = SelectorMatcher(document: document, needsSiblingIndex: needsSiblingIndex)
        let scope = Self.rootElement(document)
        var result: [Int32] = []
        var current = document.following(HTMLDocument.documentIndex, within: HTMLDocument.documentIndex)
        while current >= 0 {
            let kind = document[current].kind
            if kind == .templateContents {
                current = Self.skipSubtree(current, in: document)
                continue
            }
            if kind == .element && matcher.matches(current, list, scope: scope) { result.append(current) }
            current = document.following(current, within: HTMLDocument.documentIndex)
        }
        return result
    }

    /// Whether `element` matches the selector.
    package func matches(_ element: Int32, in document: HTMLDocument) -> Bool {
        SelectorMatcher(document: document, needsSiblingIndex: needsSiblingIndex)
            .matches(element, list, scope: Self.rootElement(document))
    }

    /// The document's root element (its first element child), or -1.
    static func rootElement(_ document: HTMLDocument) -> Int32 {
        var child = document.nodes[Int(HTMLDocument.documentIndex)].firstChild
        while child >= 0 && document.nodes[Int(child)].kind != .element {
            child = document.nodes[Int(child)].nextSibling
        }
        return child
    }

    /// The node after the whole subtree of `index` in document order, or -1.
    static func skipSubtree(_ index: Int32, in document: HTMLDocument) -> Int32 {
        var current = index
        while current >= 0 {
            let sibling = document.nodes[Int(current)].nextSibling
            if sibling >= 0 { return sibling }
            current = document.nodes[Int(current)].parent
        }
        return -1
    }
}
