/// The variable parts of the tag the tokenizer has built last: its name, attributes and decoded
/// values, in arrays the tokenizer reuses from tag to tag.
///
/// An ``HTMLTagHeader`` keeps only the tag's fixed parts; these buffers hold the rest until the
/// tokenizer starts the next tag, so that a tag costs no allocation, retain or release of its own.
/// The tree builder reads them in place (``HTMLTreeBuilder`` swaps them in for one token).
package struct HTMLTagBuffers: Sendable {
    /// The tag name, ASCII letters lowercased, when the header's element is `.unknown` or the
    /// name was read byte by byte; empty when the element's spelling is the name.
    package var name: [UInt8] = []
    /// The attributes in source order, without the duplicates the spec drops (the header's
    /// ``HTMLTagHeader/attributeCount`` first ones are the tag's), then those of earlier tags: the
    /// slots are overwritten from tag to tag, never emptied, which plain data makes cheap.
    private(set) var attributeSlots: [HTMLTagAttribute] = []
    /// How many of ``attributeSlots`` are the tag's.
    private(set) var attributeCount = 0
    /// The names of the attributes that ``HTMLNameTable/common`` does not have, one after another.
    var attributeNames: [UInt8] = []
    /// The values that are not their input byte for byte (see ``HTMLTagToken/decodedValues``).
    package var decodedValues: [UInt8] = []
    /// The table that attribute name ids refer to, held here so that a look-up reads no global.
    let names = HTMLNameTable.common

    /// Empty buffers.
    package init() {}

    /// The name of `header`'s tag: its element's spelling, or ``name`` for an unknown one.
    package func name(of header: HTMLTagHeader) -> [UInt8] {
        header.element == .unknown ? name : header.element.bytes
    }

    /// The attributes of the tag, in source order, in place.
    package var attributes: ArraySlice<HTMLTagAttribute> { attributeSlots[..<attributeCount] }

    /// The attributes of `header`'s tag, in place.
    package func attributes(of header: HTMLTagHeader) -> ArraySlice<HTMLTagAttribute> {
        attributeSlots[..<header.attributeCount]
    }

    /// Adds `attribute` after the tag's others, in the next slot.
    /// - Complexity: amortised O(1).
    @inline(__always) mutating func append(_ attribute: HTMLTagAttribute) {
        if attributeCount < attributeSlots.count {
            attributeSlots[attributeCount] = attribute
        } else {
            attributeSlots.append(attribute)
        }
        attributeCount += 1
    }

    /// The name of `attribute` (one of these buffers'), ASCII letters lowercased: the table's
    /// shared array, or a copy of its bytes.
    package func name(of attribute: HTMLTagAttribute) -> [UInt8] {
        attribute.nameID == HTMLTagAttribute.unlisted
            ? Array(attributeNames[attribute.nameRange]) : names.name(attribute.nameID)
    }

    /// The document's attribute for `attribute`: its name spelled out, no namespace; a value
    /// `inArena` stays a span of ``decodedValues``.
    @inline(__always) func elementAttribute(_ attribute: HTMLTagAttribute) -> HTMLElementAttribute {
        HTMLElementAttribute(name: name(of: attribute), value: attribute.value, range: attribute.range)
    }

    /// Whether one of ``attributes`` has the name with id `id` or, for an unlisted one, the bytes
    /// `attributeNames[range]`.
    /// - Complexity: O(a) in the attributes.
    func hasAttribute(nameID id: Int32, _ range: Range<Int>) -> Bool {
        for index in 0..<attributeCount where attributeSlots[index].nameID == id {
            if id != HTMLTagAttribute.unlisted
                || attributeNames[attributeSlots[index].nameRange] == attributeNames[range]
            {
                return true
            }
        }
        return false
    }

    /// Empties the buffers for the next tag, their storage kept.
    mutating func reset() {
        if !name.isEmpty { name.removeAll(keepingCapacity: true) }
        attributeCount = 0
        if !attributeNames.isEmpty { attributeNames.removeAll(keepingCapacity: true) }
        if !decodedValues.isEmpty { decodedValues.removeAll(keepingCapacity: true) }
    }
}
