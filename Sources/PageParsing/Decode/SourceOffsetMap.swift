/// Maps offsets in decoded text (UTF-8 bytes of `DecodedText.text`) back to offsets in the file,
/// for pages whose encoding is not UTF-8.
///
/// It stores a checkpoint only where the distance between the two offsets changes, so ASCII runs
/// cost nothing and a CJK page costs one checkpoint per non-ASCII character.
package struct SourceOffsetMap: Sendable, Equatable {
    private var textOffsets: [Int32] = [0]
    private var fileOffsets: [Int32]

    init(start: Int) {
        fileOffsets = [Int32(truncatingIfNeeded: start)]
    }

    /// How many checkpoints the map holds.
    package var checkpointCount: Int { textOffsets.count }

    /// The file offset the UTF-8 offset `textOffset` of the decoded text comes from; inside a
    /// character, the offset the same distance past that character's first byte.
    /// - Complexity: O(log n) in the number of checkpoints.
    package func fileOffset(forTextOffset textOffset: Int) -> Int {
        let low = textOffsets.lastIndex(atMost: textOffset)
        return Int(fileOffsets[low]) + textOffset - Int(textOffsets[low])
    }

    /// Notes that text offset `textOffset` comes from file offset `fileOffset`, if the distance
    /// between them differs from the last checkpoint's.
    mutating func note(textOffset: Int, fileOffset: Int) {
        let last = textOffsets.count - 1
        guard fileOffset - textOffset != Int(fileOffsets[last]) - Int(textOffsets[last]) else { return }
        if Int(textOffsets[last]) == textOffset {
            fileOffsets[last] = Int32(truncatingIfNeeded: fileOffset)
        } else {
            textOffsets.append(Int32(truncatingIfNeeded: textOffset))
            fileOffsets.append(Int32(truncatingIfNeeded: fileOffset))
        }
    }
}
