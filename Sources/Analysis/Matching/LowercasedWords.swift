/// A list of words lowercased into one byte buffer (see `appendComparableLowercased(_:to:)`), read
/// as spans: one word, or a run of consecutive words joined by spaces, without a `String` per word.
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

    /// The number of words for which `predicate` holds.
    func count(where predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
        var found = 0
        forEachWord { if predicate($0) { found += 1 } }
        return found
    }

    /// Calls `body` with every run of `length` consecutive words joined by single spaces, in order,
    /// until it returns false.
    /// - Complexity: O(n · length) in the bytes of the words.
    func forEachRun(of length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        guard length > 0, ends.count >= length else { return }
        var run: [UInt8] = []
        for first in 0...(ends.count - length) {
            run.removeAll(keepingCapacity: true)
            for index in first..<first + length {
                if index > first { run.append(ASCII.space) }
                run.append(contentsOf: bytes[range(index)])
            }
            guard run.withUnsafeBufferPointer(body) else { return }
        }
    }

    /// Calls `body` with every run of `length` consecutive words joined by single spaces, in order.
    func forEachRun(of length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachRun(of: length) { (run: UnsafeBufferPointer<UInt8>) -> Bool in
            body(run)
            return true
        }
    }

    /// The index of the first word of the first run of `length` words (see `forEachRun`) for which
    /// `predicate` holds.
    func firstRun(of length: Int, where predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        var first = 0
        var found: Int?
        forEachRun(of: length) { (run: UnsafeBufferPointer<UInt8>) -> Bool in
            if predicate(run) {
                found = first
                return false
            }
            first += 1
            return true
        }
        return found
    }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
