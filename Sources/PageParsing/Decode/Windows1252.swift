/// The windows-1252 characters at 0x80–0x9F, where it differs from ISO-8859-1; HTML numeric
/// character references in that range (`&#x93;`) mean these.
enum Windows1252 {
    /// The scalars for bytes 0x80 through 0x9F, from the generated windows-1252 table; the five
    /// bytes windows-1252 leaves unassigned map to their C1 control.
    static let highControls: [Unicode.Scalar] = SingleByteEncoding.windows1252.highHalf.prefix(32).map {
        Unicode.Scalar(UInt32($0)) ?? "\u{FFFD}"
    }
}
