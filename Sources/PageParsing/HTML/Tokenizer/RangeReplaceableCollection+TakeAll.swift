extension RangeReplaceableCollection {
    /// The elements, moved out, leaving the collection empty.
    ///
    /// The tokenizer builds each name, value and text in a stored array or slice and hands it to a
    /// token; a copy followed by `= []` would retain and release the buffer, a move does neither.
    @inline(__always) mutating func takeAll() -> Self {
        var taken = Self()
        swap(&taken, &self)
        return taken
    }
}
