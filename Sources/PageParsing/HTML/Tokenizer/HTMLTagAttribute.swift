/// One attribute of the tag the tokenizer built last, as plain data: its name an id in
/// ``HTMLNameTable/common`` or a run of its ``HTMLTagBuffers``' name bytes, its value a span.
///
/// Plain data, so that the tag's attributes are emptied, reused and read from tag to tag with no
/// retain or release; ``HTMLTagBuffers/elementAttribute(_:)`` makes the document's attribute of one.
package struct HTMLTagAttribute: Sendable {
    /// Where the value is, character references decoded: the input, or (`inArena`) the buffers'
    /// ``HTMLTagBuffers/decodedValues``.
    package var value: HTMLByteSpan
    /// The bytes of the input the attribute was read from.
    package var range: Range<Int>
    /// The name's id in ``HTMLNameTable/common``, or ``unlisted`` for a name not in it.
    var nameID: Int32
    /// Where the bytes of an ``unlisted`` name start in ``HTMLTagBuffers/attributeNames``.
    var nameStart: Int32
    /// Where they end.
    var nameEnd: Int32

    /// The ``nameID`` of a name the table does not have.
    static let unlisted: Int32 = -1

    /// The range of an unlisted name's bytes in ``HTMLTagBuffers/attributeNames``.
    @inline(__always) var nameRange: Range<Int> { Int(nameStart)..<Int(nameEnd) }
}
