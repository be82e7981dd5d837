import Foundation

/// Writing to a file descriptor, with the system's reason when it fails.
enum OutputDescriptor {
    /// Writes all of `bytes`; the system's reason when it cannot.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes all of `buffer` to `descriptor`, as ``writeAll(_:to:)-([UInt8],_)`` does.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return String(cString: strerror(written < 0 ? errno : EIO)) }
            offset += written
        }
        return nil
    }
}
