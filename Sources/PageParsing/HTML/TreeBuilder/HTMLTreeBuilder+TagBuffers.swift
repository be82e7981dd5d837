/// Reading a tag's name and attributes in place, in the tag buffers the tokenizer filled.
extension HTMLTreeBuilder {
    /// The lowercased name bytes of `tag` (adjusted, for a foreign element).
    func nameBytes(of tag: TreeTag) -> [UInt8] {
        tag.name == .unknown ? tagBuffers.name : tag.name.bytes
    }

    /// The attributes of `tag`, in place.
    @inline(__always) func attributes(of tag: TreeTag) -> ArraySlice<HTMLTagAttribute> {
        tagBuffers.attributeSlots[..<tag.token.attributeCount]
    }

    /// The attributes of `tag` as the document's attributes (names spelled out, no namespace).
    func elementAttributes(of tag: TreeTag) -> [HTMLElementAttribute] {
        attributes(of: tag).map(tagBuffers.elementAttribute)
    }

    /// The value of attribute `name` of `tag`, or `nil`.
    func attribute(_ name: String, of tag: TreeTag) -> ArraySlice<UInt8>? {
        let bytes = Array(name.utf8)
        guard let attribute = attributes(of: tag).first(where: { tagBuffers.name(of: $0) == bytes }) else {
            return nil
        }
        let range = attribute.value.range
        return attribute.value.inArena ? tagBuffers.decodedValues[range] : document.input[range]
    }
}
