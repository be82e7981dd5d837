/// The most of a page that is read: its size, how deeply its elements nest, how many posts of a
/// thread are analysed. Reaching one never cuts silently: the part within the limit is read and
/// reported, and the thread's warnings say which limit was reached and where.
public struct ScanLimits: Hashable, Sendable {
    /// The most bytes of one page that are read (a file, standard input, or one JSON Lines
    /// record's page); the rest is left out with a warning.
    public var maximumInputBytes: Int
    /// The deepest an HTML element is attached in the tree; deeper elements become children of
    /// the deepest allowed one (as browsers cap the DOM's depth), with a warning.
    public var maximumDepth: Int
    /// The most posts of one thread that are analysed; later posts are left out with a warning.
    public var maximumPosts: Int

    /// Creates limits.
    public init(maximumInputBytes: Int, maximumDepth: Int, maximumPosts: Int) {
        self.maximumInputBytes = max(1, maximumInputBytes)
        self.maximumDepth = max(1, maximumDepth)
        self.maximumPosts = max(1, maximumPosts)
    }

    /// The defaults: 256 MiB a page, elements 512 deep (Chromium's cap), a million posts a thread.
    public static let standard = ScanLimits(maximumInputBytes: 256 << 20, maximumDepth: 512, maximumPosts: 1_000_000)

    /// The warnings a reached limit gives, named so that tests and docs quote the same text.
    package enum Message {
        /// The page was longer than ``ScanLimits/maximumInputBytes``.
        package static func inputCut(size: Int, limit: Int) -> String {
            "the page is \(size) bytes, over the input size limit of \(limit) (--max-input-size): only its first \(limit) bytes were read"
        }

        /// The thread had more posts than ``ScanLimits/maximumPosts``.
        package static func postsCut(count: Int, limit: Int) -> String {
            "the thread has \(count) posts, over the limit of \(limit) (--max-posts): only its first \(limit) posts were analysed"
        }

        /// Elements nested deeper than ``ScanLimits/maximumDepth``.
        package static func depthReached(limit: Int) -> String {
            "elements nested deeper than the depth limit of \(limit) (--max-depth) were flattened"
        }
    }
}

extension ScanLimits {
    /// The first `maximumInputBytes` of `bytes` (cut back to the start of a UTF-8 sequence, so no
    /// character is split), with the warning when anything was left out.
    /// - Complexity: O(1) when nothing is cut; O(k) to copy the k bytes kept otherwise.
    package func cut(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: ParseWarning?) {
        guard bytes.count > maximumInputBytes else { return (bytes, nil) }
        var end = maximumInputBytes
        var back = 0
        while end > 0, back < 3, bytes[end] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        return (
            Array(bytes[..<end]),
            ParseWarning(byteOffset: end, message: Message.inputCut(size: bytes.count, limit: maximumInputBytes))
        )
    }
}
