import Foundation

/// What a screenshot's PNG says about itself without being decompressed: its size and how much
/// compressed image data it holds.
///
/// Foundation on Linux has no zlib API and the package takes no dependencies, so the browser test
/// does not inflate the pixels. It relies on deflate instead: a blank page compresses to almost
/// nothing, and each line of text, badge and border adds data. A screenshot is judged non-blank when
/// its image data is several times that of a blank page of the same size and background, rendered
/// by the same browser — a baseline measured on the spot, not a magic number. The test also counts
/// the rendered elements in the DOM, which says *what* rendered where this says *that* something did.
struct PNGSummary: Equatable {
    /// The width in pixels.
    var width: Int
    /// The height in pixels.
    var height: Int
    /// The total length of the IDAT chunks: the compressed pixels.
    var imageDataLength: Int
    /// How many distinct byte values the image data holds (at most 256).
    var distinctImageBytes: Int

    /// A problem reading a PNG.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads the chunk structure of `data`, checking the signature, the IHDR chunk and the IEND chunk.
    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw Malformed(description: "not a PNG: bad signature")
        }
        func word(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        var position = 8
        var size: (Int, Int)?
        var imageData = 0
        var seen = Set<UInt8>()
        var ended = false
        while position + 12 <= bytes.count {
            let length = word(position)
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let body = position + 8
            guard length >= 0, body + length + 4 <= bytes.count else {
                throw Malformed(description: "chunk \(type) runs past the end of the file")
            }
            switch type {
            case "IHDR": size = (word(body), word(body + 4))
            case "IDAT":
                imageData += length
                seen.formUnion(bytes[body..<(body + length)])
            case "IEND": ended = true
            default: break
            }
            position = body + length + 4
            if ended { break }
        }
        guard let size else { throw Malformed(description: "no IHDR chunk") }
        guard ended else { throw Malformed(description: "no IEND chunk: the file is truncated") }
        width = size.0
        height = size.1
        imageDataLength = imageData
        distinctImageBytes = seen.count
    }
}
