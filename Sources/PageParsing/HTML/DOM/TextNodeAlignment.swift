/// How a text node's text lines up with the input bytes it was read from.
///
/// A text node's text is its input with character references decoded, CRLF and CR turned into LF,
/// NUL characters dropped or replaced, and, when the tree builder merged several runs into one
/// node, the markup between them left out. The alignment is a list of runs: a *linear* run is text
/// equal to its input byte for byte; any other run is one unit (a character reference, a CRLF, a
/// replaced character) that stands for its input range as a whole. For the usual text node, whose
/// text is its input, it is one linear run.
struct TextNodeAlignment {
    private struct Run {
        var text: Range<Int>
        var source: Range<Int>
        var linear: Bool
    }

    private var runs: [Run] = []

    /// Lines `text` up with `input[range]`.
    /// - Complexity: O(n) in the node's length; a text equal to its input costs one comparison pass.
    init(text: UnsafeBufferPointer<UInt8>, input: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        let range = range.clamped(to: 0..<input.count)
        // A text that is a span of the input itself needs no comparison.
        if text.count == range.count,
            text.baseAddress == input.baseAddress.map({ $0 + range.lowerBound })
                || text.elementsEqual(UnsafeBufferPointer(rebasing: input[range]))
        {
            runs = [Run(text: 0..<text.count, source: range, linear: true)]
            return
        }
        var textIndex = 0
        var sourceIndex = range.lowerBound
        let end = range.upperBound
        var linearStart: (text: Int, source: Int)? = nil
        func closeLinear() {
            if let start = linearStart, textIndex > start.text {
                runs.append(Run(text: start.text..<textIndex, source: start.source..<sourceIndex, linear: true))
            }
            linearStart = nil
        }
        func unit(text textEnd: Int, source sourceEnd: Int) {
            closeLinear()
            if textEnd > textIndex {
                runs.append(Run(text: textIndex..<textEnd, source: sourceIndex..<sourceEnd, linear: false))
            }
            textIndex = textEnd
            sourceIndex = sourceEnd
        }
        while textIndex < text.count && sourceIndex < end {
            let byte = text[textIndex]
            let source = input[sourceIndex]
            if source == HTMLByte.ampersand, let referenceEnd = Self.referenceEnd(input, at: sourceIndex, end: end),
                !Self.isLiteralAmpersand(text, at: textIndex, input, reference: sourceIndex..<referenceEnd)
            {
                // A reference decodes to one or two characters.
                var textEnd = Self.scalarEnd(text, at: textIndex)
                if textEnd < text.count, text[textEnd] >= 0x80,
                    referenceEnd >= end || text[textEnd] != input[referenceEnd]
                {
                    textEnd = Self.scalarEnd(text, at: textEnd)
                }
                unit(text: textEnd, source: referenceEnd)
                continue
            }
            if byte == source {
                if linearStart == nil { linearStart = (textIndex, sourceIndex) }
                textIndex += 1
                sourceIndex += 1
                continue
            }
            switch source {
            case HTMLByte.carriageReturn:
                let crlf = sourceIndex + 1 < end && input[sourceIndex + 1] == HTMLByte.lineFeed
                unit(text: textIndex + 1, source: sourceIndex + (crlf ? 2 : 1))
            case HTMLByte.lessThan:
                // Markup between runs the tree builder merged into this node.
                closeLinear()
                var tagEnd = sourceIndex + 1
                while tagEnd < end && input[tagEnd] != HTMLByte.greaterThan { tagEnd += 1 }
                sourceIndex = min(end, tagEnd + 1)
            case HTMLByte.null where byte != HTMLByte.replacementCharacter[0]:
                closeLinear()
                sourceIndex += 1
            default:
                unit(
                    text: Self.scalarEnd(text, at: textIndex), source: Self.scalarEnd(input, at: sourceIndex, end: end))
            }
        }
        closeLinear()
        if textIndex < text.count {
            runs.append(Run(text: textIndex..<text.count, source: sourceIndex..<end, linear: false))
        }
    }

    /// Adds to `map` that the node's text bytes `text` were rendered from `rendered` on.
    /// - Complexity: O(log r + k) for r runs, k of them inside `text`.
    func add(text: Range<Int>, renderedAt rendered: Int, to map: inout RenderedSourceMap) {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].text.upperBound <= text.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < runs.count, runs[index].text.lowerBound < text.upperBound {
            let run = runs[index]
            let start = max(run.text.lowerBound, text.lowerBound)
            let end = min(run.text.upperBound, text.upperBound)
            let renderedRange = (rendered + start - text.lowerBound)..<(rendered + end - text.lowerBound)
            if run.linear {
                let offset = run.source.lowerBound - run.text.lowerBound
                map.add(rendered: renderedRange, source: (start + offset)..<(end + offset), linear: true)
            } else {
                map.add(rendered: renderedRange, source: run.source, linear: false)
            }
            index += 1
        }
    }

    /// The end of the character reference that may start at the `&` at `index`: its name or number
    /// and the `;` after it; `nil` when no name or number follows.
    private static func referenceEnd(_ input: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        var referenceEnd = index + 1
        while referenceEnd < end, referenceEnd - index < longestReference,
            HTMLByte.isAlphanumeric(input[referenceEnd]) || input[referenceEnd] == HTMLByte.numberSign
        {
            referenceEnd += 1
        }
        guard referenceEnd > index + 1 else { return nil }
        return referenceEnd < end && input[referenceEnd] == HTMLByte.semicolon ? referenceEnd + 1 : referenceEnd
    }

    /// Whether the `&` starting `reference` in the input stayed a literal `&` in the text at
    /// `textIndex` (`AT&T`): the text goes on with the reference's own bytes.
    private static func isLiteralAmpersand(
        _ text: UnsafeBufferPointer<UInt8>, at textIndex: Int, _ input: UnsafeBufferPointer<UInt8>,
        reference: Range<Int>
    ) -> Bool {
        guard text[textIndex] == HTMLByte.ampersand, textIndex + reference.count <= text.count else { return false }
        return text[textIndex..<(textIndex + reference.count)].elementsEqual(
            UnsafeBufferPointer(rebasing: input[reference]))
    }

    /// The longest character reference read as one unit (`&CounterClockwiseContourIntegral;`).
    private static let longestReference = 40

    /// The end of the UTF-8 character that starts at `index`.
    private static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// The end of the UTF-8 character that starts at `index`, before `end`.
    private static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        var after = index + 1
        while after < end && bytes[after] & 0xC0 == 0x80 { after += 1 }
        return after
    }
}
