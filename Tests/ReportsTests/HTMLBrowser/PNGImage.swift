import Foundation

/// A decoded 8-bit RGB or RGBA PNG (what Chromium's `--screenshot` writes): enough to tell a
/// rendered page from a blank one by its pixels.
struct PNGImage {
    /// The width in pixels.
    let width: Int
    /// The height in pixels.
    let height: Int
    /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
    let channels: Int
    /// The unfiltered pixels, row after row.
    let pixels: [UInt8]

    /// A problem reading a PNG.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// Decodes `data`: checks the signature, reads IHDR, inflates the IDAT chunks and undoes each
    /// row's filter.
    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw Malformed(description: "not a PNG: bad signature")
        }
        func word(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        var position = 8
        var header: (width: Int, height: Int, depth: UInt8, color: UInt8, interlace: UInt8)?
        var compressed: [UInt8] = []
        var ended = false
        while position + 12 <= bytes.count, !ended {
            let length = word(position)
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let body = position + 8
            guard body + length + 4 <= bytes.count else { throw Malformed(description: "chunk \(type) is cut off") }
            switch type {
            case "IHDR": header = (word(body), word(body + 4), bytes[body + 8], bytes[body + 9], bytes[body + 12])
            case "IDAT": compressed += bytes[body..<(body + length)]
            case "IEND": ended = true
            default: break
            }
            position = body + length + 4
        }
        guard let header, ended else { throw Malformed(description: "no IHDR or no IEND chunk") }
        guard header.depth == 8, header.color == 2 || header.color == 6, header.interlace == 0 else {
            throw Malformed(description: "unsupported PNG: depth \(header.depth), colour type \(header.color)")
        }
        width = header.width
        height = header.height
        channels = header.color == 6 ? 4 : 3
        let raw = try Inflate.zlib(compressed)
        let stride = width * channels
        guard raw.count == height * (stride + 1) else {
            throw Malformed(description: "image data is \(raw.count) bytes, expected \(height * (stride + 1))")
        }
        pixels = try Self.unfilter(raw, height: height, stride: stride, channels: channels)
    }

    private static func unfilter(_ raw: [UInt8], height: Int, stride: Int, channels: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            let target = row * stride
            for column in 0..<stride {
                let left = column >= channels ? Int(out[target + column - channels]) : 0
                let up = row > 0 ? Int(out[target - stride + column]) : 0
                let upLeft = row > 0 && column >= channels ? Int(out[target - stride + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (toLeft, toUp, toUpLeft) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
                default: throw Malformed(description: "unknown row filter \(filter)")
                }
                out[target + column] = UInt8(truncatingIfNeeded: Int(raw[source + column]) + predictor)
            }
        }
        return out
    }

    /// The colour at `x`, `y` as `0xRRGGBB`.
    func color(x: Int, y: Int) -> Int {
        let at = (y * width + x) * channels
        return Int(pixels[at]) << 16 | Int(pixels[at + 1]) << 8 | Int(pixels[at + 2])
    }

    /// What the pixels hold: the share that differs from `background`, and the distinct colours.
    func census(background: Int) -> (foreground: Double, colors: Set<Int>) {
        var differing = 0
        var colors = Set<Int>()
        for y in 0..<height {
            for x in 0..<width {
                let value = color(x: x, y: y)
                if value != background { differing += 1 }
                colors.insert(value)
            }
        }
        return (Double(differing) / Double(max(width * height, 1)), colors)
    }

    /// The perceived lightness of `color` (`0xRRGGBB`), 0–255.
    static func luma(_ color: Int) -> Int {
        (299 * (color >> 16 & 0xFF) + 587 * (color >> 8 & 0xFF) + 114 * (color & 0xFF)) / 1000
    }
}
