extension SourceOffsetMap {
    /// The map of UTF-8 `bytes` decoded from `start` (after a byte order mark) with every NUL byte
    /// and every maximal invalid subpart replaced by U+FFFD, as `TextDecoder` decodes them.
    /// - Complexity: O(n) in the number of bytes; one checkpoint per replacement.
    static func utf8(_ bytes: [UInt8], from start: Int) -> SourceOffsetMap {
        var map = SourceOffsetMap(start: start)
        let replacementLength = 3
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            var textOffset = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte != 0 && byte < 0x80 {
                    index += 1
                    textOffset += 1
                    continue
                }
                let (length, valid) = byte == 0 ? (1, false) : UTF8Scan.sequence(buffer, at: index)
                index += length
                textOffset += valid ? length : replacementLength
                if !valid { map.note(textOffset: textOffset, fileOffset: index) }
            }
        }
        return map
    }
}
