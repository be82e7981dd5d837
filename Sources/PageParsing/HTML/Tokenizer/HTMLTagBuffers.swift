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
    /// The attributes in source order, without the duplicates the spec drops; the header's
    /// ``HTMLTagHeader/attributeCount`` first ones are the tag's.
    package var attributes: [HTMLAttribute] = []
    /// The values that are not their input byte for byte (see ``HTMLTagToken/decodedValues``).
    package var decodedValues: [UInt8] = []

    /// Empty buffers.
    package init() {}

    /// The name of `header`'s tag: its element's spelling, or ``name`` for an unknown one.
    package func name(of header: HTMLTagHeader) -> [UInt8] {
        header.element == .unknown ? name : header.element.bytes
    }

    /// The attributes of `header`'s tag, in place.
    package func attributes(of header: HTMLTagHeader) -> ArraySlice<HTMLAttribute> {
        attributes[..<header.attributeCount]
    }

    /// Empties the buffers for the next tag, their storage kept.
    mutating func reset() {
        if !name.isEmpty { name.removeAll(keepingCapacity: true) }
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        if !decodedValues.isEmpty { decodedValues.removeAll(keepingCapacity: true) }
    }
}
