/// A text's word tokens grouped by their first byte, lowercased (after the `@` of a mention), so
/// that a name is compared only with the tokens that can spell it: a post is searched for a dozen
/// participants and targets in one pass over its tokens, not one pass per name.
struct TokenInitials {
    /// Where each byte's group starts in `order`, with one more entry for the end of the last.
    private var starts: [Int32]
    /// The word tokens' indices, by first byte, in text order inside each group.
    private var order: [Int32]

    /// No groups: every `tokens(startingWith:)` is empty.
    static let empty = TokenInitials()

    private init() {
        starts = [Int32](repeating: 0, count: 257)
        order = []
    }

    /// Groups the word tokens of `text`, whose bytes are `bytes`.
    /// - Complexity: O(n) in the number of tokens, by counting sort.
    init(_ text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [Int32](repeating: 0, count: 257)
        var order = [Int32](repeating: 0, count: text.tokens.count)
        var words = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            starts.withUnsafeMutableBufferPointer { starts in
                for token in tokens {
                    guard let byte = Self.initial(of: token, in: bytes) else { continue }
                    starts[Int(byte) + 1] += 1
                    words += 1
                }
                for byte in 0..<256 { starts[byte + 1] += starts[byte] }
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { next in
                    for byte in 0..<256 { next[byte] = starts[byte] }
                    for (index, token) in tokens.enumerated() {
                        guard let byte = Self.initial(of: token, in: bytes) else { continue }
                        order[Int(next[Int(byte)])] = Int32(index)
                        next[Int(byte)] += 1
                    }
                }
            }
        }
        order.removeLast(order.count - words)
        self.starts = starts
        self.order = order
    }

    /// The indices of the word tokens whose first byte, lowercased, is `byte`, in text order.
    func tokens(startingWith byte: UInt8) -> ArraySlice<Int32> {
        order[Int(starts[Int(byte)])..<Int(starts[Int(byte) + 1])]
    }

    /// The lowercased first byte of `token` that a name is compared with (after a mention's `@`),
    /// or nil for punctuation and an empty word.
    @inline(__always) static func initial(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard token.kind == .word else { return nil }
        let start = Int(token.start) + (token.flags.contains(.mention) ? 1 : 0)
        guard start < Int(token.end) else { return nil }
        return ASCII.lowercased(bytes[start])
    }
}
