import Foundation

/// How big a generated page is: at least a number of bytes, or exactly a number of posts.
package enum PageSize: Hashable, Sendable, CustomStringConvertible {
    /// At least this many bytes: posts are added until the page is that long (always one).
    case bytes(Int)
    /// Exactly this many posts, whatever their length.
    case posts(Int)

    /// Whether a page with `bytes` written and `posts` posts needs another post.
    package func wantsPost(bytes: Int, posts: Int) -> Bool {
        switch self {
        case .bytes(let target): return posts == 0 || bytes < target
        case .posts(let target): return posts < target
        }
    }

    /// The size as the benchmark's `--sizes` writes it: `10k`, `1m`, `50m` (decimal kilobytes
    /// and megabytes), a plain number of bytes, or `100p` for a number of posts.
    package init?(_ text: String) {
        let lowered = text.lowercased()
        guard let last = lowered.last else { return nil }
        let multiplier: Int
        switch last {
        case "k": multiplier = 1_000
        case "m": multiplier = 1_000_000
        case "p": multiplier = 0
        default: multiplier = 1
        }
        let digits = multiplier == 1 ? Substring(lowered) : lowered.dropLast()
        guard let value = Int(digits.replacingOccurrences(of: "_", with: "")), value > 0 else { return nil }
        self = multiplier == 0 ? .posts(value) : .bytes(value * multiplier)
    }

    /// `10k`, `1m`, `12345` or `100p`: the form ``init(_:)`` reads.
    package var description: String {
        switch self {
        case .posts(let count): return "\(count)p"
        case .bytes(let count) where count % 1_000_000 == 0: return "\(count / 1_000_000)m"
        case .bytes(let count) where count % 1_000 == 0: return "\(count / 1_000)k"
        case .bytes(let count): return "\(count)"
        }
    }

    /// The size `factor` times larger (for the growth series).
    package func scaled(_ factor: Int) -> PageSize {
        switch self {
        case .bytes(let count): return .bytes(count * factor)
        case .posts(let count): return .posts(count * factor)
        }
    }

    /// A seed for the page's generator, the same for the same size on every run.
    var seed: UInt64 {
        switch self {
        case .bytes(let count): return UInt64(count) &* 31
        case .posts(let count): return UInt64(count) &* 131 &+ 7
        }
    }
}
