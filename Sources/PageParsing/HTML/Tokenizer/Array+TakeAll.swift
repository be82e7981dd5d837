extension Array {
    /// The elements, moved out, leaving the array empty.
    ///
    /// The tokenizer builds each name, value and text in a stored array and hands it to a token;
    /// a copy followed by `= []` would retain and release the buffer, a move does neither.
    @inline(__always) mutating func takeAll() -> [Element] {
        var taken: [Element] = []
        swap(&taken, &self)
        return taken
    }
}
