extension HTMLByte {
    /// Whether `byte` is ASCII whitespace as the Infra standard defines it (tab, LF, FF, CR,
    /// space): for bytes no tokenizer has preprocessed (the `<meta>` prescan, encoding labels,
    /// selector text).
    @inline(__always) static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == carriageReturn
    }
}
