import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Appends the bytes of `range`, lowercased as `String.lowercased()` does it, to `out`; a word
    /// with non-ASCII bytes also in NFC, so that two words have the same bytes exactly when their
    /// lowercased `String`s are equal. Byte by byte for ASCII; through `String` only otherwise.
    /// - Complexity: O(n) in the length of the range.
    func appendComparableLowercased(_ range: Range<Int>, to out: inout [UInt8]) {
        let word = UnsafeBufferPointer(rebasing: self[range])
        if word.contains(where: { $0 >= 0x80 }) {
            let lowercased = String(decoding: word, as: UTF8.self).lowercased()
            out.append(contentsOf: lowercased.precomposedStringWithCanonicalMapping.utf8)
        } else {
            for byte in word { out.append(ASCII.lowercased(byte)) }
        }
    }
}
