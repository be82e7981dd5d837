/// A list of words lowercased into one byte buffer (see `appendComparableLowercased(_:to:)`), read
/// back as spans, without a `String` per word.
struct LowercasedWords {
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes`; it starts where the one before it ends.
    private var ends: [Int] = []

    /// The number of words.
    var count: Int { ends.count }

    /// Appends the word at `range` of `text`, lowercased.
    mutating func append(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>) {
        text.appendComparableLowercased(range, to: &bytes)
        ends.append(bytes.count)
    }

    /// Calls `body` with each word, in order.
    func forEachWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for index in ends.indices { body(UnsafeBufferPointer(rebasing: buffer[range(index)])) }
        }
    }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
