/// The arena edits the tree builder makes: create, append, insert before, detach; text and
/// attributes.
extension HTMLDocument {
    /// Appends `node` to the arena, unlinked, and returns its index.
    /// - Complexity: amortised O(1).
    package mutating func create(_ node: consuming HTMLNode) -> Int32 {
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    /// Appends a new node with no links, text or attributes to the arena and returns its index.
    /// The node is built in place: a node built first and then appended would be copied (each of
    /// its arrays retained) and destroyed (each released) on the way in.
    /// - Complexity: amortised O(1).
    package mutating func create(
        kind: HTMLNodeKind, namespace: HTMLNamespace = .html, name: HTMLElementName = .unknown, range: Range<Int>
    ) -> Int32 {
        nodes.append(HTMLNode(kind: kind, namespace: namespace, name: name, range: range))
        return Int32(nodes.count - 1)
    }

    /// Writes `bytes` at the end of the ``arena`` and makes them the text of node `index`.
    /// - Complexity: O(k) in the bytes.
    package mutating func setText(_ bytes: some Collection<UInt8>, of index: Int32) {
        let start = arena.count
        arena.append(contentsOf: bytes)
        nodes[Int(index)].textSpan = HTMLByteSpan(start..<arena.count, inArena: true)
    }

    /// Makes `span` (of the input, or already in the arena) the text of node `index`; nothing is
    /// copied.
    @inline(__always) package mutating func setText(_ span: HTMLByteSpan, of index: Int32) {
        nodes[Int(index)].textSpan = span
    }

    /// Adds `bytes` to the end of the text of node `index`. The text grows where it is when it
    /// ends the arena or has room kept after it; otherwise it moves to the arena's end with room
    /// for as much again, so that two texts that grow in turn (foster-parented text and the
    /// table's comments or decoded text) are each moved O(log n) times, not once per piece.
    /// - Complexity: amortised O(k) in the bytes added.
    package mutating func appendText(_ bytes: some Collection<UInt8>, to index: Int32) {
        let span = nodes[Int(index)].textSpan
        let count = bytes.count
        if span.inArena, span.end == arena.count {
            arena.append(contentsOf: bytes)
        } else if span.inArena, let roomEnd = textRoomEnds[index], span.end + count <= roomEnd {
            arena.replaceSubrange(span.end..<span.end + count, with: bytes)
        } else {
            // A copy first: appending a slice of the arena to the arena would copy the arena.
            let old = Array(self.bytes(span))
            let start = arena.count
            arena.append(contentsOf: old)
            arena.append(contentsOf: bytes)
            let end = arena.count
            arena.append(contentsOf: repeatElement(0, count: end - start))
            textRoomEnds[index] = arena.count
            nodes[Int(index)].textSpan = HTMLByteSpan(start..<end, inArena: true)
            return
        }
        nodes[Int(index)].textSpan.end += count
    }

    /// Appends `attributes` to the ``attributeList`` and makes them the attributes of element
    /// `index`; the values whose span is `inArena` are spans of `decodedValues` (a tag's
    /// ``HTMLTagToken/decodedValues``), which is copied into the ``arena`` for them.
    /// - Complexity: O(a) in the attributes, and O(d) in the decoded bytes.
    package mutating func setAttributes(
        _ attributes: some Collection<HTMLElementAttribute>, decodedValues: [UInt8], of index: Int32
    ) {
        let start = attributeList.count
        let base = appendDecodedValues(decodedValues)
        for attribute in attributes { appendAttribute(attribute, valuesAt: base) }
        nodes[Int(index)].attributeStart = Int32(start)
        nodes[Int(index)].attributeCount = Int32(attributeList.count - start)
    }

    /// ``setAttributes(_:decodedValues:of:)`` for the first `count` tag attributes of `buffers`,
    /// each name spelled out as it goes in. The slots are read through their buffer: a slice of
    /// them would retain and release their array for every element. Each attribute is built in
    /// the append itself: built first and then passed on, its name was retained and released once
    /// more.
    /// - Complexity: O(a) in the attributes, and O(d) in the decoded bytes.
    package mutating func setAttributes(first count: Int, of buffers: HTMLTagBuffers, of index: Int32) {
        let start = attributeList.count
        let base = appendDecodedValues(buffers.decodedValues)
        buffers.attributeSlots.withUnsafeBufferPointer { slots in
            for attribute in slots[..<count] {
                var value = attribute.value
                if value.inArena {
                    value.start += base
                    value.end += base
                }
                attributeList.append(
                    HTMLElementAttribute(name: buffers.name(of: attribute), value: value, range: attribute.range))
            }
        }
        nodes[Int(index)].attributeStart = Int32(start)
        nodes[Int(index)].attributeCount = Int32(attributeList.count - start)
    }

    /// Copies a tag's decoded values to the end of the ``arena`` (when it has any) and returns
    /// where they start there.
    @inline(__always) private mutating func appendDecodedValues(_ decodedValues: [UInt8]) -> Int {
        let base = arena.count
        if !decodedValues.isEmpty { arena.append(contentsOf: decodedValues) }
        return base
    }

    /// Appends `attribute` to the ``attributeList``, a value `inArena` moved to the tag's decoded
    /// values copied at `base`.
    @inline(__always) private mutating func appendAttribute(
        _ attribute: consuming HTMLElementAttribute, valuesAt base: Int
    ) {
        var attribute = attribute
        if attribute.value.inArena {
            attribute.value.start += base
            attribute.value.end += base
        }
        attributeList.append(attribute)
    }

    /// Gives element `index` the attributes of element `source`: the same run of the list, no
    /// copy (a run is never changed in place, so the two stay independent).
    package mutating func shareAttributes(of source: Int32, with index: Int32) {
        nodes[Int(index)].attributeStart = nodes[Int(source)].attributeStart
        nodes[Int(index)].attributeCount = nodes[Int(source)].attributeCount
    }

    /// Adds `attribute` (its value, when `inArena`, a span of `decodedValues`) after the attributes
    /// of element `index`. Its run grows where it is when it
    /// ends the list (an element sharing it keeps its count, so it is not changed); otherwise it moves to the list's end first.
    /// - Complexity: O(1) amortised when the run ends the list; else O(a) in the element's
    ///   attributes.
    package mutating func appendAttribute(
        _ attribute: HTMLElementAttribute, decodedValues: [UInt8], to index: Int32
    ) {
        let start = Int(nodes[Int(index)].attributeStart)
        let count = Int(nodes[Int(index)].attributeCount)
        if count == 0 || start + count != attributeList.count {
            let old = Array(attributeList[start..<start + count])
            nodes[Int(index)].attributeStart = Int32(attributeList.count)
            attributeList.append(contentsOf: old)
        }
        var attribute = attribute
        if attribute.value.inArena {
            let base = arena.count
            arena.append(contentsOf: decodedValues[attribute.value.range])
            attribute.value = HTMLByteSpan(base..<arena.count, inArena: true)
        }
        attributeList.append(attribute)
        nodes[Int(index)].attributeCount += 1
    }

    /// Links `child` (which must be detached) as the last child of `parent`.
    /// - Complexity: O(1).
    package mutating func append(_ child: Int32, to parent: Int32) {
        // Through the buffer: a read of a field through the array's subscript may copy the node
        // (a retain and a release of each of its arrays).
        nodes.withUnsafeMutableBufferPointer { nodes in
            let last = nodes[Int(parent)].lastChild
            nodes[Int(child)].parent = parent
            nodes[Int(child)].previousSibling = last
            nodes[Int(child)].nextSibling = -1
            if last >= 0 { nodes[Int(last)].nextSibling = child } else { nodes[Int(parent)].firstChild = child }
            nodes[Int(parent)].lastChild = child
        }
    }

    /// Links `child` (which must be detached) into `parent` just before `sibling`, or last when
    /// `sibling` is -1.
    /// - Complexity: O(1).
    package mutating func insert(_ child: Int32, into parent: Int32, before sibling: Int32) {
        guard sibling >= 0 else { return append(child, to: parent) }
        nodes.withUnsafeMutableBufferPointer { nodes in
            let previous = nodes[Int(sibling)].previousSibling
            nodes[Int(child)].parent = parent
            nodes[Int(child)].nextSibling = sibling
            nodes[Int(child)].previousSibling = previous
            nodes[Int(sibling)].previousSibling = child
            if previous >= 0 { nodes[Int(previous)].nextSibling = child } else { nodes[Int(parent)].firstChild = child }
        }
    }

    /// Unlinks `child` from its parent, if it has one.
    /// - Complexity: O(1).
    package mutating func detach(_ child: Int32) {
        // The links one by one: a copy of the node would retain and release its arrays.
        let parent = nodes[Int(child)].parent
        guard parent >= 0 else { return }
        let previous = nodes[Int(child)].previousSibling
        let next = nodes[Int(child)].nextSibling
        if previous >= 0 {
            nodes[Int(previous)].nextSibling = next
        } else {
            nodes[Int(parent)].firstChild = next
        }
        if next >= 0 {
            nodes[Int(next)].previousSibling = previous
        } else {
            nodes[Int(parent)].lastChild = previous
        }
        nodes[Int(child)].parent = -1
        nodes[Int(child)].nextSibling = -1
        nodes[Int(child)].previousSibling = -1
    }

    /// Moves every child of `source` to the end of `target`'s children, in order.
    /// - Complexity: O(c) in the number of children moved.
    package mutating func moveChildren(of source: Int32, to target: Int32) {
        var child = nodes[Int(source)].firstChild
        while child >= 0 {
            let next = nodes[Int(child)].nextSibling
            detach(child)
            append(child, to: target)
            child = next
        }
    }

    /// Extends every element's range to the end of its last descendant, so an element covers its
    /// content even when the parser closed it implicitly.
    /// - Complexity: O(n); a post-order walk with an explicit path, no recursion.
    package mutating func extendRangesToDescendants() {
        var current = nodes[0].firstChild
        while current >= 0 {
            let firstChild = nodes[Int(current)].firstChild
            if firstChild >= 0 {
                current = firstChild
                continue
            }
            // Leaving `current`: fold its end into each ancestor we climb out of.
            while current > 0 {
                let parent = nodes[Int(current)].parent
                if parent > 0 {
                    let end = nodes[Int(current)].range.upperBound
                    if end > nodes[Int(parent)].range.upperBound {
                        let start = nodes[Int(parent)].range.lowerBound
                        nodes[Int(parent)].range = start..<end
                    }
                }
                let sibling = nodes[Int(current)].nextSibling
                if sibling >= 0 {
                    current = sibling
                    break
                }
                current = parent
            }
            if current <= 0 { break }
        }
    }
}
