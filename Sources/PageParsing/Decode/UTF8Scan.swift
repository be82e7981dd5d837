/// One pass over bytes that counts valid multi-byte UTF-8 sequences and finds invalid bytes.
package struct UTF8Scan {
    /// Offsets of the first invalid bytes (at most `TextDecoder.maxReportedOffsets`).
    var invalidOffsets: [Int] = []
    /// How many invalid sequences there are in all.
    var invalidCount = 0
    /// How many valid sequences of two to four bytes there are.
    var validMultibyte = 0

    /// Scans `bytes` from `start`.
    /// - Complexity: O(n).
    init(_ bytes: [UInt8], from start: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length = Self.sequenceLength(buffer, at: index)
                if length > 0 {
                    validMultibyte += 1
                    index += length
                } else {
                    invalidCount += 1
                    if invalidOffsets.count < TextDecoder.maxReportedOffsets { invalidOffsets.append(index) }
                    index += 1
                }
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if it is not valid.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let sequence = self.sequence(buffer, at: index)
        return sequence.valid ? sequence.length : 0
    }

    /// The UTF-8 sequence at the non-ASCII byte at `index`: its length and whether it is valid. An
    /// invalid one is its maximal subpart (the lead byte and the continuation bytes that could still
    /// follow it, at least one byte), which a decoder replaces with one U+FFFD.
    package static func sequence(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, valid: Bool) {
        let lead = buffer[index]
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upperBound = 0x9F
        case 0xF0:
            length = 4
            lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upperBound = 0x8F
        default: return (1, false)
        }
        var read = 1
        while read < length, index + read < buffer.count {
            let byte = buffer[index + read]
            let fits = read == 1 ? byte >= lowerBound && byte <= upperBound : byte & 0xC0 == 0x80
            guard fits else { break }
            read += 1
        }
        return (read, read == length)
    }
}
