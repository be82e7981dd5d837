/// A small zlib/DEFLATE decoder (RFC 1950, RFC 1951), for reading the browser's screenshots.
///
/// Foundation on Linux has no zlib API and the package takes no dependencies. This follows the
/// shape of Mark Adler's reference decoder `puff.c`: canonical Huffman codes kept as counts per
/// length and symbols in code order, decoded a bit at a time. The Adler-32 checksum at the end of
/// the stream is verified, so a decoding mistake cannot pass silently.
struct Inflate {
    /// A malformed stream.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    private let input: [UInt8]
    private var position: Int
    private var bitBuffer = 0
    private var bitCount = 0
    private var output: [UInt8] = []

    private init(_ input: [UInt8], from position: Int) {
        self.input = input
        self.position = position
    }

    /// The data a zlib stream holds.
    static func zlib(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count >= 6, stream[0] & 0x0F == 8, (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0,
            stream[1] & 0x20 == 0
        else { throw Malformed(description: "not a zlib stream") }
        var inflater = Inflate(stream, from: 2)
        try inflater.run()
        let end = inflater.position
        guard end + 4 <= stream.count else { throw Malformed(description: "no Adler-32 checksum") }
        let expected = stream[end..<(end + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        guard adler32(inflater.output) == expected else { throw Malformed(description: "Adler-32 mismatch") }
        return inflater.output
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var index = 0
        while index < data.count {
            let end = min(index + 5552, data.count)
            while index < end {
                a &+= UInt32(data[index])
                b &+= a
                index += 1
            }
            a %= 65521
            b %= 65521
        }
        return b << 16 | a
    }

    private mutating func run() throws {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(literal: Self.fixedLiteral, distance: Self.fixedDistance)
            case 2: try dynamic()
            default: throw Malformed(description: "invalid block type")
            }
        }
        bitBuffer = 0
        bitCount = 0
    }

    private mutating func bits(_ count: Int) throws -> Int {
        while bitCount < count {
            guard position < input.count else { throw Malformed(description: "stream ends early") }
            bitBuffer |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return value
    }

    private mutating func stored() throws {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Malformed(description: "stored block ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Malformed(description: "stored block length mismatch") }
        position += 4
        guard position + length <= input.count else { throw Malformed(description: "stored block ends early") }
        output.append(contentsOf: input[position..<(position + length)])
        position += length
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
            counts[0] = 0
        }
    }

    private mutating func decode(_ huffman: Huffman) throws -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try bits(1)
            let count = huffman.counts[length]
            if code - count < first { return huffman.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw Malformed(description: "invalid Huffman code")
    }

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    private static let fixedLiteral = Huffman(
        lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
            + [Int](repeating: 8, count: 8)
    )
    private static let fixedDistance = Huffman(lengths: [Int](repeating: 5, count: 30))

    private mutating func codes(literal: Huffman, distance: Huffman) throws {
        while true {
            let symbol = try decode(literal)
            if symbol < 256 {
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < 29 else { throw Malformed(description: "invalid length code") }
            let length = Self.lengthBase[lengthCode] + (try bits(Self.lengthExtra[lengthCode]))
            let distanceCode = try decode(distance)
            guard distanceCode < 30 else { throw Malformed(description: "invalid distance code") }
            let back = Self.distanceBase[distanceCode] + (try bits(Self.distanceExtra[distanceCode]))
            guard back <= output.count else { throw Malformed(description: "distance too far back") }
            // Byte by byte: the copy may overlap what it writes, and appending a slice of `output`
            // to itself would copy the whole buffer each time.
            let start = output.count - back
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    private mutating func dynamic() throws {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeCount = try bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeCount { codeLengths[order[index]] = try bits(3) }
        let lengthCode = Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(lengthCode)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Malformed(description: "repeat with no length") }
                lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Malformed(description: "too many lengths") }
        try codes(
            literal: Huffman(lengths: Array(lengths[0..<literalCount])),
            distance: Huffman(lengths: Array(lengths[literalCount...]))
        )
    }
}
