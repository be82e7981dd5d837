/// Where each byte of a page's rendered visible text comes from in the HTML it was rendered from.
///
/// The map is a sorted list of pieces, not a per-byte array: a piece is a run of rendered bytes and
/// the input bytes it stands for. A *linear* piece is text copied byte for byte (offset `k` into
/// the piece is input offset `sourceStart + k`), so a paragraph of plain text with single spaces
/// between its words is one piece; a *whole* piece stands for its input range as a unit (a
/// character reference, an `[image: alt]` for its `<img>`, a `<br>`'s line break). Bytes no piece
/// covers are the renderer's own: folded spaces, the line breaks between blocks, the tabs between
/// table cells.
package struct RenderedSourceMap: Sendable, Equatable {
    private var renderedStarts: [Int32] = []
    private var renderedEnds: [Int32] = []
    private var sourceStarts: [Int32] = []
    private var sourceEnds: [Int32] = []
    private var linear: [Bool] = []

    /// An empty map.
    package init() {}

    /// How many pieces the map holds.
    package var pieceCount: Int { renderedStarts.count }

    /// The input ranges of the pieces, in rendered order.
    package var sourceRanges: [Range<Int>] {
        (0..<renderedStarts.count).map { Int(sourceStarts[$0])..<Int(sourceEnds[$0]) }
    }

    /// Notes that rendered bytes `rendered` are input bytes `source`: copied byte for byte when
    /// `linear` (the two ranges have the same length), else standing for `source` as a whole.
    /// A linear piece that continues the last one at the same distance extends it.
    /// - Complexity: amortised O(1); pieces must be added in rendered order.
    package mutating func add(rendered: Range<Int>, source: Range<Int>, linear isLinear: Bool) {
        guard !rendered.isEmpty else { return }
        let last = renderedStarts.count - 1
        if isLinear, last >= 0, linear[last], Int(renderedEnds[last]) <= rendered.lowerBound,
            source.lowerBound - rendered.lowerBound == Int(sourceStarts[last]) - Int(renderedStarts[last]),
            Int(sourceEnds[last]) <= source.lowerBound
        {
            renderedEnds[last] = Int32(truncatingIfNeeded: rendered.upperBound)
            sourceEnds[last] = Int32(truncatingIfNeeded: source.upperBound)
            return
        }
        renderedStarts.append(Int32(truncatingIfNeeded: rendered.lowerBound))
        renderedEnds.append(Int32(truncatingIfNeeded: rendered.upperBound))
        sourceStarts.append(Int32(truncatingIfNeeded: source.lowerBound))
        sourceEnds.append(Int32(truncatingIfNeeded: source.upperBound))
        linear.append(isLinear)
    }

    /// The input bytes that the rendered bytes `rendered` come from: from the smallest input offset
    /// of a piece inside it to the largest (so text the tree builder moved, as foster parenting
    /// does, still lies inside). A range of the renderer's own bytes only is the empty range where
    /// the input is at that point.
    /// - Complexity: O(log p + k) for p pieces, k of them inside `rendered`.
    package func sourceRange(of rendered: Range<Int>) -> Range<Int> {
        var index = firstPiece(endingAfter: rendered.lowerBound)
        var low = Int.max
        var high = Int.min
        while index < renderedStarts.count, Int(renderedStarts[index]) < rendered.upperBound {
            let start = Int(renderedStarts[index])
            let end = Int(renderedEnds[index])
            let pieceLow: Int
            let pieceHigh: Int
            if linear[index] {
                pieceLow = Int(sourceStarts[index]) + max(0, rendered.lowerBound - start)
                pieceHigh = Int(sourceStarts[index]) + min(end, rendered.upperBound) - start
            } else {
                pieceLow = Int(sourceStarts[index])
                pieceHigh = Int(sourceEnds[index])
            }
            low = min(low, pieceLow)
            high = max(high, pieceHigh)
            index += 1
        }
        if low <= high { return low..<high }
        let at = index < renderedStarts.count ? Int(sourceStarts[index]) : (sourceEnds.last.map(Int.init) ?? 0)
        return at..<at
    }

    /// The index of the first piece whose rendered end is after `offset`.
    private func firstPiece(endingAfter offset: Int) -> Int {
        var low = 0
        var high = renderedEnds.count
        while low < high {
            let middle = (low + high) / 2
            if Int(renderedEnds[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
